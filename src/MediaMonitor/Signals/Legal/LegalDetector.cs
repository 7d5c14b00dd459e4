using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// Finds legal pressure on media in a text. Pure: rules and outlets in, findings out. A trigger
/// (a lawsuit, a charge, a detention...) counts only when a media actor stands within the rules'
/// window of words in the same sentence, no negation or hypothesis comes just before it, the mention
/// is not the news source ("Vlast.kz reports that..."), and the sentence is not background. The
/// subject is the nearest named outlet or person, else the name that follows "journalist", else the
/// one outlet the text names, else "unknown".
/// </summary>
internal sealed partial class LegalDetector(LegalRules rules, EntityLinker linker)
{
    /// <summary>Below this confidence a finding is not reported.</summary>
    public const double Threshold = 0.5;

    private const int NegationBefore = 6;
    private const int NegationAfter = 2;
    private const int SourceDistance = 3;


    /// <summary>
    /// Findings in <paramref name="title"/> and <paramref name="text"/>, one per kind and subject, the most confident.
    /// A clause on which a staff-written pattern backtracks past its timeout is skipped, not the text.
    /// </summary>
    public IReadOnlyList<LegalFinding> Detect(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            sentences.Add(title.Trim());
        }

        sentences.AddRange(SentenceSplitter.Split(text));

        // Clauses after ';' are judged apart ("a journalist was hurt; the other driver was detained"),
        // each keeping its whole sentence as the evidence and the lead's place.
        var analysed = sentences
            .SelectMany((sentence, index) => sentence.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(clause => SafeAnalyse(clause, sentence, index)))
            .OfType<Sentence>()
            .ToList();
        var textOutlets = analysed.SelectMany(a => a.Mentions.Where(m => !m.IsSource).Select(m => m.Mention.Outlet)).Distinct(StringComparer.Ordinal).ToList();

        // People the text calls journalists, bloggers...: later sentences name them by surname alone
        // ("Zhakenov is charged with..."), which makes that surname a media actor too.
        var mediaText = analysed.Any(c => c.Actors.Any(a => !c.IsNearSource(a.Word)) || c.Mentions.Any(m => !m.IsSource));
        var mediaPeople = new List<(string Stem, string Subject, string Name)>();
        foreach (var clause in analysed)
        {
            foreach (var actor in clause.Actors.Where(a => !clause.IsNearSource(a.Word)))
            {
                if (NameNear(clause, actor) is { } name && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts && parts[^1].Length >= 4)
                {
                    var subject = Transliteration.ToLatin(NameForms.Nominative(name, clause.Text.Substring(actor.Start, actor.Length)));
                    mediaPeople.Add((parts[^1][..Math.Min(parts[^1].Length, 5)].ToLowerInvariant(), subject, name));
                }
            }
        }


        var findings = new List<(LegalFinding Finding, bool Opening)>();
        for (var i = 0; i < analysed.Count; i++)
        {
            try
            {
                DetectIn(analysed, i, sentences, textOutlets, mediaPeople, mediaText, findings);
            }
            catch (RegexMatchTimeoutException)
            {
                // See the summary: this clause is skipped.
            }
        }

        // "The trial of X, accused of...", "the court dismissed the suit against Y": the charge and the suit are what
        // the hearing or verdict is about, not news of their own, unless the text reports them being brought.
        var reported = findings.Select(f => f.Finding.Kind).ToHashSet(StringComparer.Ordinal);
        return [.. findings
            .Where(f => f.Opening || !rules.Kinds.Any(k => k.Kind == f.Finding.Kind && k.PartOf.Any(reported.Contains)))
            .Select(f => f.Finding)
            .GroupBy(f => (f.Kind, f.Subject))
            .Select(g => g.OrderByDescending(f => f.Confidence).ThenByDescending(f => f.Person is not null).First())
            .OrderBy(f => LegalKinds.All.ToList().IndexOf(f.Kind))
            .ThenByDescending(f => f.Confidence)];
    }

    private void DetectIn(List<Sentence> analysed, int i, List<string> sentences, List<string> textOutlets, List<(string Stem, string Subject, string Name)> mediaPeople, bool mediaText, List<(LegalFinding Finding, bool Opening)> findings)
    {
        var sentence = analysed[i];
        if (sentence.Index > 0 && rules.Background is { } background && background.IsMatch(sentence.Text))
        {
            return;
        }

        if (rules.Denials?.IsMatch(sentence.Text) == true)
        {
            return;
        }

        var previous = i > 0 ? analysed[i - 1] : null;

        // Details missing from the evidence sentence are taken from its neighbours only: an amount
        // three paragraphs away (an exchange rate, say) is not the damages.
        var neighbours = DetailsExtractor.Extract(string.Join(" ", sentences.Skip(Math.Max(0, sentence.Index - 1)).Take(3)));

        foreach (var kind in rules.Kinds)
        {
            if (kind.Negative?.IsMatch(sentence.Text) == true)
            {
                continue;
            }

            foreach (var trigger in kind.Triggers)
            {
                try
                {
                    foreach (Match match in trigger.Pattern.Matches(sentence.Text))
                    {
                        if (Judge(sentence, previous, kind, trigger, match, textOutlets, mediaPeople, mediaText, neighbours) is { } finding)
                        {
                            findings.Add((finding, trigger.Opening));
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A staff-written pattern that backtracks without end on this sentence: skip it, not the text.
                }
            }
        }
    }

    private LegalFinding? Judge(Sentence sentence, Sentence? previous, CompiledKind kind, CompiledTrigger trigger, Match match, List<string> textOutlets, List<(string Stem, string Subject, string Name)> mediaPeople, bool mediaText, LegalDetails neighbours)
    {
        if (trigger.Requires is { } requires && !requires.IsMatch(sentence.Text))
        {
            return null;
        }

        // A cue the trigger itself starts with is what it reports ("is seeking 50 million tenge from"), not a hedge on it.
        var at = sentence.WordAt(match.Index);
        var last = sentence.WordAt(match.Index + match.Length - 1);
        if (rules.Negations is { } negations
            && negations.Matches(sentence.Text).Any(n => n.Index != match.Index && sentence.WordAt(n.Index) is var w && w >= at - NegationBefore && w <= last + NegationAfter))
        {
            return null;
        }

        // Kind-specific actors (a publication, for a takedown demand) stand with the generic ones. An
        // actor may be inside the trigger: "remove the article", "выпуск газеты приостановлен".
        var actors = sentence.Actors.ToList();
        if (kind.Actors is { } extra)
        {
            actors = [.. actors, .. extra.Matches(sentence.Text).Select(m => new Span(m.Index, m.Length, sentence.WordAt(m.Index)))];
        }

        actors = [.. actors.Where(a => !sentence.IsNearSource(a.Word))];
        var window = rules.Window;
        var named = sentence.Mentions
            .Where(m => !m.IsSource && Distance(m.Word, at, last) <= window)
            .OrderBy(m => Distance(m.Word, at, last))
            .FirstOrDefault();
        var actor = actors.Where(a => Distance(a.Word, at, last) <= window).OrderBy(a => Distance(a.Word, at, last)).FirstOrDefault();
        var actorSentence = sentence;

        // "Её обвиняют...", "his home was searched": a pronoun near the trigger stands for the media
        // actor named before it in this clause or the one before.
        if (named is null && actor is null && rules.Pronouns is { } pronouns
            && pronouns.Matches(sentence.Text).Select(p => sentence.WordAt(p.Index)).Where(w => Distance(w, at, last) <= window).Order().FirstOrDefault(-1) is var pronoun and >= 0)
        {
            named = sentence.Mentions.LastOrDefault(m => !m.IsSource && m.Word < pronoun);
            actor = named is null ? actors.LastOrDefault(a => a.Word < pronoun) : null;
            if (named is null && actor is null && previous is not null)
            {
                named = previous.Mentions.LastOrDefault(m => !m.IsSource);
                actor = named is null ? previous.Actors.LastOrDefault(a => !previous.IsNearSource(a.Word)) : null;
                actorSentence = previous;
            }
        }

        (string Subject, string Name)? knownPerson = null;
        var confidence = trigger.Weight;
        if (named is null && actor is null && mediaPeople is { Count: > 0 } people)
        {
            knownPerson = WordPattern().Matches(sentence.Text)
                .Where(w => Distance(sentence.WordAt(w.Index), at, last) <= window && char.IsUpper(w.Value[0]))
                .SelectMany(w => people.Where(p => w.Value.StartsWith(p.Stem, StringComparison.OrdinalIgnoreCase)).Select(p => (p.Subject, p.Name)))
                .Cast<(string, string)?>()
                .FirstOrDefault();
        }

        // A person named near the trigger in a text that speaks of media elsewhere ("The trial of Rustam
        // Ospanov opened... the blogger"): accepted, less surely, with that person as the subject.
        if (named is null && actor is null && knownPerson is null && mediaText)
        {
            knownPerson = PersonNames().Matches(sentence.Text)
                .Where(m => m.Index > 0 && Distance(sentence.WordAt(m.Index), at, last) <= window)
                .Select(m => ((string, string)?)(Transliteration.ToLatin(m.Value), m.Value))
                .FirstOrDefault();
            if (knownPerson is not null)
            {
                confidence -= 0.1;
            }
        }

        if (trigger.NeedsActor && named is null && actor is null && knownPerson is null)
        {
            return null;
        }

        string subject;
        string? subjectName;
        string? person = null;
        if (named is not null && named.Mention.Person is null && StaffOf(sentence, named) is { } staff)
        {
            // "корреспондентку КазТАГ Ксению Рубанову", "Meduza co-founder Galina Timchenko": the target is the
            // outlet's journalist, and the subject is that person.
            (subject, subjectName) = staff;
            confidence += 0.15;
        }
        else if (named is not null)
        {
            (subject, subjectName, person) = (named.Mention.Person ?? named.Mention.Outlet, named.Mention.Text, named.Mention.Person);
            confidence += 0.15;
        }
        else if (knownPerson is { } person2)
        {
            (subject, subjectName) = (person2.Subject, person2.Name);
            confidence += 0.05;
        }
        else if (actor is not null && NamedActor(actorSentence, actor, actorSentence == sentence ? [.. actors.Where(a => Distance(a.Word, at, last) <= window)] : [], at, last) is { } nameAndActor)
        {
            // The nearest actor may be unnamed ("сайтының редакциясында"): the nearest one with a name stands for it.
            var (name, nameActor) = nameAndActor;
            (subject, subjectName) = (Transliteration.ToLatin(NameForms.Nominative(name, actorSentence.Text.Substring(nameActor.Start, nameActor.Length))), name);
            confidence += 0.1;
        }
        else if (sentence.Mentions.FirstOrDefault(m => !m.IsSource) is { } inSentence)
        {
            (subject, subjectName, person) = (inSentence.Mention.Person ?? inSentence.Mention.Outlet, inSentence.Mention.Text, inSentence.Mention.Person);
        }
        else if (textOutlets.Count == 1)
        {
            (subject, subjectName) = (textOutlets[0], null);
        }
        else
        {
            (subject, subjectName) = ("unknown", actor is null ? null : actorSentence.Text.Substring(actor.Start, actor.Length));
        }

        var details = DetailsExtractor.Extract(sentence.Text);
        if (details.Article is not null || details.Amount is not null || details.Court is not null)
        {
            confidence += 0.1;
        }

        confidence = Math.Round(Math.Min(confidence, 0.99), 2);
        return confidence < Threshold
            ? null
            : new LegalFinding(kind.Kind, subject, subjectName, person, confidence, sentence.Evidence, match.Value, DetailsExtractor.Merge(details, neighbours));
    }

    // The name of the nearest actor, else of the nearest other actor in the window that has one.
    private static (string Name, Span Actor)? NamedActor(Sentence sentence, Span nearest, List<Span> others, int at, int last)
    {
        if (NameNear(sentence, nearest) is { } name)
        {
            return (name, nearest);
        }

        return others
            .Where(a => a != nearest)
            .OrderBy(a => Distance(a.Word, at, last))
            .Select(a => NameNear(sentence, a) is { } other ? (other, a) : ((string, Span)?)null)
            .FirstOrDefault(n => n is not null);
    }

    // The person right after an outlet's name, with at most two role words between: "КазТАГ Ксению Рубанову",
    // "«Азаттык Медиа» Нурбека Асанова", "Azattyq тілшісі Нұрболат Мұсатаев", "Meduza co-founder Galina Timchenko".
    // The Russian case is read from the word before the outlet ("корреспондентку", "оператора"), else the role word.
    private static (string Subject, string Name)? StaffOf(Sentence sentence, Located outlet)
    {
        var end = outlet.Mention.Start + outlet.Mention.Length;
        var rest = sentence.Text[end..];

        // The linker may have matched only part of a quoted name ("«Азаттык Медиа»"): read on past its closing quote.
        if (ClosingQuote().Match(rest) is { Success: true } close)
        {
            rest = rest[close.Length..];
        }

        var staff = StaffName().Match(rest);
        if (!staff.Success || sentence.Mentions.Any(m => m.Mention.Start >= end && m.Mention.Start < end + staff.Index + staff.Length && m != outlet))
        {
            return null;
        }

        var name = staff.Groups["name"].Value.Trim();
        var roleBefore = WordBefore().Match(sentence.Text[..outlet.Mention.Start]);
        var caseWord = roleBefore.Success ? roleBefore.Groups["word"].Value : staff.Groups["role"].Value.Trim();
        return (Transliteration.ToLatin(NameForms.Nominative(name, caseWord)), name);
    }

    // Up to three capitalised words right after "journalist", "блогер", past any more actor words and quoted names
    // between ("автора Telegram-канала «Тараз Сегодня» Ержан Абенов"); else the quoted name passed ("издания «Алтай
    // Ньюс»"); else the name the actor word stands in apposition to ("Камилы Исмаиловой, автора канала"); else a
    // quoted name right before it, the Kazakh order ("«Тобыл таңы» интернет-басылымынан").
    private static string? NameNear(Sentence sentence, Span actor)
    {
        var position = actor.Start + actor.Length;
        string? quotedName = null;
        for (var step = 0; step < 4; step++)
        {
            var rest = sentence.Text[position..];
            var quoted = QuotedName().Match(rest);
            if (quoted.Success)
            {
                quotedName ??= quoted.Groups["name"].Value.Trim();
                position += quoted.Length;
                continue;
            }

            var capitalised = CapitalisedName().Match(rest);
            if (!capitalised.Success)
            {
                break;
            }

            // "журналистов YouTube-канала «Эркин Медиа»": a capitalised actor word is not a name; read on past it.
            var start = position + capitalised.Groups["name"].Index;
            if (sentence.Actors.FirstOrDefault(a => a.Start == start) is { } next)
            {
                position = next.Start + next.Length;
                continue;
            }

            // After a quoted outlet name only a full name is a person: "«Кокшетау Ньюс» Министерство" is not.
            var name = capitalised.Groups["name"].Value.Trim();
            if (quotedName is null || name.Contains(' ', StringComparison.Ordinal))
            {
                return name;
            }

            break;
        }

        if (quotedName is not null)
        {
            return quotedName;
        }

        var before = NameBefore().Match(sentence.Text[Math.Max(0, actor.Start - 120)..actor.Start]);
        if (before.Success)
        {
            return before.Groups["name"].Value.Trim();
        }

        var quotedBefore = QuotedBefore().Match(sentence.Text[Math.Max(0, actor.Start - 80)..actor.Start]);
        return quotedBefore.Success ? quotedBefore.Groups["name"].Value.Trim() : null;
    }

    private static int Distance(int word, int first, int last) => word < first ? first - word : word > last ? word - last : 0;

    private Sentence? SafeAnalyse(string text, string evidence, int index)
    {
        try
        {
            return Analyse(text, evidence, index);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private Sentence Analyse(string text, string evidence, int index)
    {
        var words = WordPattern().Matches(text).Select(m => m.Index).ToArray();
        var sentence = new Sentence(text, words) { Evidence = evidence, Index = index };
        var sources = rules.SourceCues?.Matches(text).Select(m => sentence.WordAt(m.Index)).ToList() ?? [];
        sentence.Sources = sources;
        sentence.Actors = rules.Actors?.Matches(text).Select(m => new Span(m.Index, m.Length, sentence.WordAt(m.Index))).ToList() ?? [];
        sentence.Mentions = [.. linker.Find(text).Select(m =>
        {
            var word = sentence.WordAt(m.Start);
            return new Located(m, word, sentence.IsNearSource(word));
        })];
        return sentence;
    }

    [GeneratedRegex(@"(?<![\w-])\p{Lu}\p{Ll}{2,}\s+\p{Lu}\p{Ll}{2,}(?![\w-])", RegexOptions.None, 1000)]
    private static partial Regex PersonNames();

    [GeneratedRegex(@"\w[\w.-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*,?\s*[«""“](?<name>[^»""”]{2,60})[»""”]")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+){0,2})")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+){1,2}),\s*$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"[«""“](?<name>[^«»""“”]{2,60})[»""”]\s*$")]
    private static partial Regex QuotedBefore();

    [GeneratedRegex(@"^[^«»""“”.,;:!?]{0,30}[»""”]")]
    private static partial Regex ClosingQuote();

    [GeneratedRegex(@"^\s*(?<role>(?:\p{Ll}[\p{Ll}-]*\s+){0,2})(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2})(?![\w.-])")]
    private static partial Regex StaffName();

    [GeneratedRegex(@"(?<word>\p{Ll}+)\s*[«""“]?\s*$")]
    private static partial Regex WordBefore();

    private sealed record Span(int Start, int Length, int Word);

    private sealed record Located(EntityMention Mention, int Word, bool IsSource);

    private sealed class Sentence(string text, int[] wordStarts)
    {
        public string Text { get; } = text;

        /// <summary>The whole sentence this clause is part of.</summary>
        public string Evidence { get; init; } = text;

        /// <summary>The sentence's place in the text; 0 is the lead (the title when there is one).</summary>
        public int Index { get; init; }
        public List<int> Sources { get; set; } = [];
        public List<Span> Actors { get; set; } = [];
        public List<Located> Mentions { get; set; } = [];

        /// <summary>The index of the word at or before a character offset.</summary>
        public int WordAt(int offset)
        {
            var i = Array.BinarySearch(wordStarts, offset);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        }

        public bool IsNearSource(int word) => Sources.Any(s => Math.Abs(s - word) <= SourceDistance);
    }
}
