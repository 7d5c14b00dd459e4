namespace MediaMonitor.Content.Changes;

/// <summary>
/// Phrases of pages that stand in for an article: blockpages, parked domains, closure and suspension
/// notices, hosting errors (replaced) and "not found" pages (removed), in Russian, Kazakh and English.
/// </summary>
internal static class NoticePhrases
{
    public const string Blockpage = "blockpage";
    public const string ParkedDomain = "parked-domain";
    public const string Closure = "closure";
    public const string Suspended = "suspended";
    public const string HostingError = "hosting-error";
    public const string NotFound = "not-found";

    /// <summary>Notices are short; a longer text quoting one of these phrases is an article about it.</summary>
    public const int MaxNoticeWords = 200;

    public static IReadOnlyList<NoticePhrase> Replacements { get; } = Normalized(
    [
        new(Blockpage, "доступ к ресурсу ограничен"),
        new(Blockpage, "доступ к информационному ресурсу ограничен"),
        new(Blockpage, "сайт временно заблокирован"),
        new(Blockpage, "ресурс заблокирован"),
        new(Blockpage, "сайтқа кіру шектелген"),
        new(Blockpage, "сайт уақытша бұғатталған"),
        new(Blockpage, "ресурс бұғатталған"),
        new(Blockpage, "access to this site has been blocked"),
        new(Blockpage, "this site has been blocked"),
        new(Blockpage, "access to this resource is restricted"),
        new(ParkedDomain, "this domain is for sale"),
        new(ParkedDomain, "this domain may be for sale"),
        new(ParkedDomain, "buy this domain"),
        new(ParkedDomain, "domain is parked"),
        new(ParkedDomain, "домен продается"),
        new(ParkedDomain, "этот домен продается"),
        new(ParkedDomain, "домен припаркован"),
        new(ParkedDomain, "бұл домен сатылады"),
        new(ParkedDomain, "домен сатылады"),
        new(Closure, "издание прекращает работу"),
        new(Closure, "издание прекратило работу"),
        new(Closure, "редакция прекращает работу"),
        new(Closure, "сайт закрыт"),
        new(Closure, "басылым жұмысын тоқтатады"),
        new(Closure, "басылым жұмысын тоқтатты"),
        new(Closure, "редакция жұмысын тоқтатады"),
        new(Closure, "has ceased publication"),
        new(Closure, "ceased operations"),
        new(Suspended, "сайт приостановлен"),
        new(Suspended, "работа сайта приостановлена"),
        new(Suspended, "сайттың жұмысы тоқтатылды"),
        new(Suspended, "сайттың жұмысы уақытша тоқтатылды"),
        new(Suspended, "account suspended"),
        new(Suspended, "account has been suspended"),
        new(Suspended, "this website is suspended"),
        new(HostingError, "404 not found"),
        new(HostingError, "500 internal server error"),
        new(HostingError, "502 bad gateway"),
        new(HostingError, "503 service unavailable"),
        new(HostingError, "504 gateway time-out"),
        new(HostingError, "504 gateway timeout"),
        new(HostingError, "default web page"),
        new(HostingError, "apache2 debian default page"),
        new(HostingError, "welcome to nginx"),
    ]);

    public static IReadOnlyList<NoticePhrase> NotFoundPages { get; } = Normalized(
    [
        new(NotFound, "page not found"),
        new(NotFound, "this page does not exist"),
        new(NotFound, "страница не найдена"),
        new(NotFound, "страница не существует"),
        new(NotFound, "материал не найден"),
        new(NotFound, "материал удален"),
        new(NotFound, "ошибка 404"),
        new(NotFound, "бет табылмады"),
        new(NotFound, "парақша табылмады"),
        new(NotFound, "материал табылмады"),
    ]);

    /// <summary>The first phrase of <paramref name="phrases"/> in a short normalized text that <paramref name="before"/> did not already contain.</summary>
    public static NoticePhrase? Find(IReadOnlyList<NoticePhrase> phrases, string normalized, string normalizedBefore)
    {
        if (CountWords(normalized) > MaxNoticeWords)
        {
            return null;
        }

        var padded = $" {normalized} ";
        var paddedBefore = $" {normalizedBefore} ";
        // A phrase the old text already had is the article's subject (news about blocking), not a takeover.
        return phrases.FirstOrDefault(p => padded.Contains($" {p.Phrase} ", StringComparison.Ordinal)
            && !paddedBefore.Contains($" {p.Phrase} ", StringComparison.Ordinal));
    }

    private static int CountWords(string normalized) =>
        normalized.Length == 0 ? 0 : normalized.Count(c => c == ' ') + 1;

    // Phrases are matched against normalized text, so they go through the same normalization.
    private static NoticePhrase[] Normalized(NoticePhrase[] phrases) =>
        [.. phrases.Select(p => p with { Phrase = TextNormalizer.NormalizeReadable(p.Phrase) })];
}
