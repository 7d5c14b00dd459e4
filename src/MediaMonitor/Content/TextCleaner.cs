using System.Text;
using System.Text.RegularExpressions;

namespace MediaMonitor.Content;

/// <summary>Normalises whitespace line by line and drops boilerplate lines (share buttons, "read more", cookie notices).</summary>
internal static partial class TextCleaner
{
    private const int BoilerplateMaxLength = 60;
    private const int CookieNoticeMaxLength = 400;

    public static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        string? previous = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = NormalizeSpaces(raw);
            if (line.Length == 0 || IsBoilerplate(line) || line == previous)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(line);
            previous = line;
        }

        return result.ToString();
    }

    public static string NormalizeSpaces(string text) => Spaces().Replace(text, " ").Trim();

    internal static bool IsBoilerplate(string line) =>
        (line.Length <= BoilerplateMaxLength && Boilerplate().IsMatch(line))
        || (line.Length <= CookieNoticeMaxLength && CookieNotice().IsMatch(line));

    [GeneratedRegex(@"[\s\u00A0\u200B\u2028\u2029\uFEFF]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    // Whole short lines only: words like "share" inside a sentence are text.
    [GeneratedRegex("""
        ^[\W_]*(
          share( this( article| story| post)?)?( on \w+)?|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|vk|ok|linkedin|copy link|
          read more|continue reading|related( articles| stories| news)?|most read|most popular|recommended|advertisement|sponsored|
          subscribe( now)?|sign up|follow us( on \w+)?|comments?|leave a comment|
          поделиться|поделитесь|отправить|печать|распечатать|читайте также|читать (далее|также|еще|ещё)|подробнее|
          самое читаемое|самое популярное|популярное|реклама|подписывайтесь.*|подпишитесь.*|комментарии|оставить комментарий|
          бөлісу|бөлісіңіз|толығырақ|сондай-ақ оқыңыз|көп оқылған|оқи отырыңыз|жарнама|пікірлер|жазылыңыз.*
        )[\W_]*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\b(cookies?|куки|cookie-файл\w*|файл\w* cookie)\b.*\b(use|using|accept|agree|consent|используе\w*|принима\w*|соглас\w*|пайдалан\w*|келіс\w*)|\b(we|our site|this (web)?site) use[s]? cookies|cookie (policy|settings)|используем (файлы )?cookie", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();
}
