using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// Finds legal pressure on media in a text. Pure: rules and outlets in, findings out. A trigger
/// (a lawsuit, a charge, a detention...) counts only when a media actor stands within the rules'
/// window of words in the same sentence, no negation or hypothesis comes just before it, the mention
/// is not the news source ("Vlast.kz reports that..."), and the sentence is not background (for kinds marked sameStory,
/// background of the event the text reports counts). The
/// subject is the nearest named outlet, or the person when that is the outlet's journalist; else the
/// name that goes with "journalist"; else the one outlet the text names; else the one subject the
/// text's other findings name; else "unknown". A charge or suit that a hearing or verdict in the same
/// text is about folds into that hearing or verdict unless the text reports it being brought.
/// </summary>
internal sealed partial class LegalDetector(LegalRules rules, EntityLinker linker)
{
    /// <summary>Below this confidence a finding is not reported.</summary>
    public const double Threshold = 0.5;

    private const int NegationBefore = 6;
    private const int NegationAfter = 2;
    private const int SourceDistance = 3;

    /// <summary>Words from a trigger within which another role (an akim, an owner) is whom it is about.</summary>
    private const int RoleReach = 3;

    /// <summary>Words after a trigger within which a pronoun is its object ("sentenced him", "задержали её").</summary>
    private const int PronounAfter = 3;

    /// <summary>Clauses after the one that reported an event in which a clause naming no one still goes on about it.</summary>
    private const int EventReach = 3;


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

        sentences.AddRange(SentenceSplitter.Split(WithoutFurniture(text)));

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
        var mediaNames = new List<(string Subject, string Name)>();
        var mediaTitles = new List<(string Subject, string Name)>();
        foreach (var clause in analysed)
        {
            foreach (var actor in clause.Actors.Where(a => !clause.IsNearSource(a.Word)))
            {
                if (NameNear(clause, actor, strongOnly: false) is not { } found)
                {
                    continue;
                }

                var subject = SubjectOf(found, clause, actor);
                mediaNames.Add((subject, found.Name));
                if (found.Quoted)
                {
                    mediaTitles.Add((subject, found.Name));
                }
                else
                {
                    if (found.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts && parts[^1].Length >= 4)
                    {
                        mediaPeople.Add((Stem(found.Name), subject, found.Name));
                    }

                    // "Главный редактор «Ош ньюс» Нурлан Асанов": the title before the person is named too.
                    if (TitleAfter(clause, actor) is { } before)
                    {
                        mediaTitles.Add((SubjectOf(before, clause, actor), before.Name));
                    }
                }
            }
        }

        // "Aslan Bekturov, 41, who runs a popular Telegram channel", "Nurlan Kaliyev, a freelance contributor to...": an
        // English apposition makes the name before it a media person too.
        foreach (var clause in analysed)
        {
            foreach (Match apposed in MediaApposition().Matches(clause.Text))
            {
                var name = apposed.Groups["name"].Value;
                if (!PlaceOrBody(clause.Text, apposed) && !clause.Mentions.Any(m => m.Mention.Start < apposed.Index + name.Length && apposed.Index < m.Mention.Start + m.Mention.Length))
                {
                    mediaPeople.Add((Stem(name), Transliteration.ToLatin(name), name));
                }
            }
        }

        // The media actor the text's lead (its title and first sentence) names, for kinds whose clauses seldom repeat it.
        var lead = analysed.Where(c => c.Index <= 1).Select(c =>
            c.Mentions.FirstOrDefault(m => !m.IsSource) is { } mention
                ? ((string Subject, string Name)?)(mention.Mention.Person ?? mention.Mention.Outlet, mention.Mention.Text)
                : c.Actors.Where(a => !c.IsNearSource(a.Word)).Select(a => NameNear(c, a, strongOnly: true) is { } name ? ((string, string)?)(SubjectOf(name, c, a), name.Name) : null).FirstOrDefault(n => n is not null))
            .FirstOrDefault(n => n is not null);

        var findings = new List<(LegalFinding Finding, bool News)>();
        var textPeople = TextPeople(analysed);
        // The one outlet or quoted title the text names, if it names one only: what a blocking order is about. A quoted
        // title of a listed outlet («Уральская неделя») is that outlet.
        var textTitles = mediaTitles
            .Select(t => linker.Find(t.Name).FirstOrDefault(m => m.Person is null) is { } listed ? (Subject: listed.Outlet, t.Name) : t)
            .Concat(analysed.SelectMany(a => a.Mentions.Where(m => !m.IsSource && m.Mention.Person is null).Select(m => (Subject: m.Mention.Outlet, Name: m.Mention.Text))))
            .DistinctBy(t => t.Subject)
            .ToList();
        // Every media person the text names: with an actor word, as an outlet's staff ("Журналиста Vlast.kz Даурена Смагулова"),
        // from the outlets' people lists, or in apposition after an outlet ("of Kloop, Timur Bakirov and...").
        var staffPeople = analysed
            .SelectMany(c => c.Mentions.Where(m => !m.IsSource && m.Mention.Person is null).Select(m => StaffOf(c, m)))
            .OfType<(string Subject, string Name)>()
            .Concat(mediaPeople.Select(p => (p.Subject, p.Name)))
            .Concat(analysed.SelectMany(c => c.Mentions.Where(m => m.Mention.Person is not null).Select(m => (Subject: m.Mention.Person!, Name: m.Mention.Text))))
            .Concat(analysed.SelectMany(c => c.Mentions
                .Select(m => ApposedPerson().Match(c.Text[Math.Min(c.Text.Length, m.Mention.Start + m.Mention.Length)..]))
                .Where(a => a.Success)
                .Select(a => (Subject: Transliteration.ToLatin(a.Groups["name"].Value), Name: a.Groups["name"].Value))))
            .DistinctBy(p => p.Subject)
            .ToList();
        var context = new TextContext(sentences, textOutlets, mediaPeople, mediaText, lead, textPeople, textTitles is [var oneTitle] ? oneTitle : null)
        {
            OneMediaPerson = staffPeople is [var oneMedia] ? oneMedia : null,
        };
        (LegalFinding Finding, int Clause)? lastEvent = null;
        var backgroundFindings = new HashSet<LegalFinding>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < analysed.Count; i++)
        {
            // The event a recent clause reported, for a clause that goes on about it without naming anyone. An article
            // may put a quote or a paragraph of background between ("...требует от Hola News 40 млн тенге. Поводом стал
            // материал... Первое заседание суд назначил на 14 марта."), so the event reaches a few clauses on.
            var before = lastEvent is { } last && i - last.Clause <= EventReach ? last.Finding : null;
            var clauseStart = findings.Count;
            try
            {
                DetectIn(analysed, i, context, before, findings, backgroundFindings);
            }
            catch (RegexMatchTimeoutException)
            {
                // See the summary: this clause is skipped.
            }

            if (findings.Skip(clauseStart).Where(f => !backgroundFindings.Contains(f.Finding)).Select(f => f.Finding).OrderByDescending(f => f.Subject != "unknown").ThenByDescending(f => f.Confidence).FirstOrDefault() is { } newest)
            {
                lastEvent = (newest, i);
            }
        }

        // "Журналист Серік Ахметовтің ісі бойынша сот талқылауы басталды. Бұған дейін оған қатысты қылмыстық іс
        // қозғалып, ол үй қамағына алынған болатын": background of the story the text tells is reported, for a kind
        // marked sameStory, when a current finding of another kind names the same subject; else it is a case of old.
        var current = findings.Where(f => !backgroundFindings.Contains(f.Finding) && f.Finding.Subject != "unknown").Select(f => f.Finding).ToList();

        // "...подал иск к интернет-изданию «Алматы Пост». Ранее он потребовал от редакции удалить статью": a background clause
        // whose actor has no name ("редакция", "арна") is about the one target the current story names.
        if (current.DistinctBy(c => c.Subject).ToList() is [var story])
        {
            for (var k = 0; k < findings.Count; k++)
            {
                if (backgroundFindings.Contains(findings[k].Finding) && findings[k].Finding.Subject == "unknown" && findings[k].Finding.Kind != story.Kind)
                {
                    var adopted = findings[k].Finding with { Subject = story.Subject, SubjectName = story.SubjectName, Person = story.Person };
                    backgroundFindings.Add(adopted);
                    findings[k] = (adopted, findings[k].News);
                }
            }
        }

        findings.RemoveAll(f => backgroundFindings.Contains(f.Finding)
            && (f.Finding.Subject == "unknown" || !current.Any(c => c.Subject == f.Finding.Subject && c.Kind != f.Finding.Kind)));

        // "The trial of X, accused of...", "the court dismissed the suit against Y": the charge and the suit are what
        // the hearing or verdict is about, not news of their own, unless the text reports them being brought.
        // A verdict under appeal (see below: "...апелляциялық отырыс өтті. Бірінші сатыдағы сот талапты ішінара
        // қанағаттандырған") is no news either, so the suit it decided is still pending and is reported.
        var appealHearings = findings.Where(f => f.Finding.Kind == LegalKinds.Hearing && Appeal().IsMatch(f.Finding.Evidence)).Select(f => f.Finding.Subject).ToList();
        var reported = findings
            .Where(f => !(f.Finding.Kind == LegalKinds.Verdict && !AppealRuling().IsMatch(f.Finding.Evidence)
                && appealHearings.Any(h => h == f.Finding.Subject || h == "unknown" || f.Finding.Subject == "unknown")))
            .Select(f => f.Finding.Kind)
            .ToHashSet(StringComparer.Ordinal);
        var kept = findings
            .Where(f => f.News || !rules.Kinds.Any(k => k.Kind == f.Finding.Kind && k.PartOf.Any(reported.Contains)))
            .Select(f => f.Finding)
            .ToList();

        // "сайтқа қолжетімділік шектелді" in a text that names «Ош ньюс» and its editor: a blocking order whose actor word is
        // no person's (a site, a channel, or none) is about the one title the text names.
        if (context.OneTitle is { } single)
        {
            kept = [.. kept.Select(f => f.Subject == "unknown" && f.Kind == LegalKinds.BlockingOrder && !(f.SubjectName is { } word && rules.PersonActors?.IsMatch(word) == true)
                ? f with { Subject = single.Subject, SubjectName = single.Name }
                : f)];
        }

        // "A former mayor filed a claim against Ekibastuz Info, also demanding the deletion of three articles": a
        // finding that names no one is about the one target the text's other findings name, when there is one.
        var known = kept.Where(f => f.Subject != "unknown").Select(f => (f.Subject, f.SubjectName, f.Person)).DistinctBy(f => f.Subject).ToList();
        if (known.Count == 1)
        {
            kept = [.. kept.Select(f => f.Subject == "unknown" ? f with { Subject = known[0].Subject, SubjectName = known[0].SubjectName, Person = known[0].Person } : f)];
        }

        // "В Таразе провели обыск у автора Telegram-канала" over "...пришли домой к автору канала «Тараз Ашық» Данияру
        // Сеитову", "радионың лицензиясын кері қайтарып алды" over "«Шұғыла FM» радиосы": a finding whose actor word has no
        // name is about the one media person the text names with an actor word, else the one title, when there is one.
        var people = mediaPeople.Select(p => (p.Subject, p.Name)).DistinctBy(p => p.Subject).ToList();
        // "...доставили журналиста на допрос" in a text that names one person and no journalist by name: a person's
        // actor word ("журналиста", "the editor") is that person, before any title the text names.
        if (people.Count == 0 && context.OnlyPerson is { } onlyPerson)
        {
            kept = [.. kept.Select(f => f.Subject == "unknown" && f.SubjectName is { } word && rules.PersonActors?.IsMatch(word) == true
                ? f with { Subject = onlyPerson.Subject, SubjectName = onlyPerson.Name }
                : f)];
        }

        if (people.Count == 0)
        {
            people = [.. mediaNames.DistinctBy(p => p.Subject)];
        }

        if (people.Count == 1)
        {
            kept = [.. kept.Select(f => f.Subject == "unknown" ? f with { Subject = people[0].Subject, SubjectName = people[0].Name } : f)];
        }

        // "...уголовное дело против журналистки. Поводом стал видеосюжет Айгерим Толеуовой...": else the one person the
        // text names at all (no quoted title, no one with another role beside), put in the nominative.
        if (context.OnlyPerson is { } only)
        {
            kept = [.. kept.Select(f => f.Subject == "unknown" ? f with { Subject = only.Subject, SubjectName = only.Name } : f)];
        }

        // "The court has scheduled an appeal hearing for blogger X... X was convicted over a clip...": where the news is
        // an appeal being heard, a verdict on the same person that no appeal word marks is the one appealed against.
        var appealed = kept.Where(f => f.Kind == LegalKinds.Hearing && f.Subject != "unknown" && Appeal().IsMatch(f.Evidence)).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        kept = [.. kept.Where(f => !(f.Kind == LegalKinds.Verdict && appealed.Contains(f.Subject) && !AppealRuling().IsMatch(f.Evidence)))];

        // "Ratel.kz editor detained" over "Police detained Marat Asipov, the editor-in-chief of Ratel.kz": the outlet
        // named in one sentence is the person another sentence names with it, one event about that person.
        var mentioned = kept.Select(f => f.Evidence).Distinct(StringComparer.Ordinal).ToDictionary(e => e, e => linker.Find(e).Select(m => m.Outlet).ToList(), StringComparer.Ordinal);
        var outletIds = mentioned.Values.SelectMany(o => o).ToHashSet(StringComparer.Ordinal);
        var staffOutlets = kept
            .Where(f => f.Subject != "unknown" && !outletIds.Contains(f.Subject))
            .SelectMany(f => mentioned[f.Evidence].Select(outlet => (f.Kind, f.Evidence, Outlet: outlet)))
            .ToList();
        kept = [.. kept.Where(f => f.Person is not null || !staffOutlets.Any(o => o.Kind == f.Kind && o.Outlet == f.Subject && o.Evidence != f.Evidence))];

        return [.. kept
            .GroupBy(f => (f.Kind, f.Subject))
            .Select(g => g.OrderByDescending(f => f.Confidence).ThenByDescending(f => f.Person is not null).First())
            .OrderBy(f => LegalKinds.All.ToList().IndexOf(f.Kind))
            .ThenByDescending(f => f.Confidence)];
    }

    private void DetectIn(List<Sentence> analysed, int i, TextContext context, LegalFinding? reportedBefore, List<(LegalFinding Finding, bool News)> findings, HashSet<LegalFinding> backgroundFindings)
    {
        var sentences = context.Sentences;
        var sentence = analysed[i];
        // Background ("ранее", "бұған дейін") is read only for the kinds marked sameStory, and not when it names a year:
        // "в 2016 году Ratel.kz уже был заблокирован" is an old case.
        var isBackground = sentence.Index > 0 && rules.Background is { } background && background.IsMatch(sentence.Text);
        if (isBackground && (!rules.Kinds.Any(k => k.SameStory) || Year().IsMatch(sentence.Text)))
        {
            return;
        }

        // "Главред Ratel.kz задержан?", "Factcheck.kz сайты бұғатталды ма?": a question asks whether it happened; it does not say so.
        if (rules.Denials?.IsMatch(sentence.Text) == true || rules.History?.IsMatch(sentence.Text) == true || Question().IsMatch(sentence.Text))
        {
            return;
        }

        var previous = i > 0 ? analysed[i - 1] : null;

        // Details missing from the evidence sentence are taken from its neighbours only: an amount
        // three paragraphs away (an exchange rate, say) is not the damages.
        var neighbours = DetailsExtractor.Extract(string.Join(" ", sentences.Skip(Math.Max(0, sentence.Index - 1)).Take(3)));

        // What a publication is about is not an event: "demanded that it delete an article about the detention of
        // protesters" reports no detention, and "charged over an article alleging that a judge took bribes" is no
        // bribery case. Triggers inside it do not count, and negatives do not read it.
        List<(int Start, int End)> about = [];
        try
        {
            about = rules.Content?.Matches(sentence.Text).Select(m => (m.Index, m.Index + m.Length)).ToList() ?? [];
        }
        catch (RegexMatchTimeoutException)
        {
            // A staff-written content pattern that backtracks without end: the clause is read whole.
        }

        var negativeText = about.Count == 0 ? sentence.Text : string.Create(sentence.Text.Length, (sentence.Text, about), static (span, state) =>
        {
            state.Text.AsSpan().CopyTo(span);
            foreach (var (start, end) in state.about)
            {
                span[start..end].Fill(' ');
            }
        });

        foreach (var kind in rules.Kinds)
        {
            if ((isBackground && !kind.SameStory) || kind.Negative?.IsMatch(negativeText) == true)
            {
                continue;
            }

            // "the court sentenced former minister X to ten years in prison": when one trigger of a kind is about another
            // role, the clause's other triggers of that kind ("years in prison") are about it too.
            var found = new List<(LegalFinding Finding, bool News)>();
            var otherTarget = false;
            foreach (var trigger in kind.Triggers)
            {
                try
                {
                    foreach (Match match in trigger.Pattern.Matches(sentence.Text))
                    {
                        if (about.Any(a => match.Index >= a.Start && match.Index < a.End))
                        {
                            continue;
                        }

                        var judged = Judge(sentence, previous, kind, trigger, match, context, reportedBefore, neighbours);
                        otherTarget |= judged is null;
                        found.AddRange((judged ?? []).Select(f => (f, trigger.News)));
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A staff-written pattern that backtracks without end on this sentence: skip it, not the text.
                }
            }

            if (!otherTarget)
            {
                findings.AddRange(found);
                if (isBackground)
                {
                    backgroundFindings.UnionWith(found.Select(f => f.Finding));
                }
            }
        }
    }

    /// <summary>The findings of one trigger match; null when another role right after it is whom it is about.</summary>
    private List<LegalFinding>? Judge(Sentence sentence, Sentence? previous, CompiledKind kind, CompiledTrigger trigger, Match match, TextContext context, LegalFinding? reportedBefore, LegalDetails neighbours)
    {
        var (_, textOutlets, mediaPeople, mediaText, lead, textPeople, _) = context;
        if (trigger.Requires is { } requires && !requires.IsMatch(sentence.Text))
        {
            return [];
        }

        // "премьеру «Приговора»": a trigger that opens a short quoted title names a play or a book, not an event.
        if (match.Index > 0 && sentence.Text[match.Index - 1] is '«' or '"' or '“' && ClosingQuote().IsMatch(sentence.Text[(match.Index + match.Length)..]))
        {
            return [];
        }

        var at = sentence.WordAt(match.Index);
        var last = sentence.WordAt(match.Index + match.Length - 1);

        // A cue the trigger itself starts with, or spells out ("is seeking 50 million tenge from", "признать не соответствующими
        // действительности"), is what it reports, not a hedge on it; one its wildcards let in ("faces no charges") is a hedge.
        if (rules.Negations is { } negations
            && negations.Matches(sentence.Text).Any(n => n.Index != match.Index && !SpelledOut(trigger, match, n)
                && sentence.WordAt(n.Index) is var w && w >= at - NegationBefore && w <= last + NegationAfter))
        {
            return [];
        }

        // Kind-specific actors (a publication, for a takedown demand) stand with the generic ones. An
        // actor may be inside the trigger: "remove the article", "выпуск газеты приостановлен".
        var actors = sentence.Actors.ToList();
        if (kind.Actors is { } extra)
        {
            actors = [.. actors, .. extra.Matches(sentence.Text).Select(m => new Span(m.Index, m.Length, sentence.WordAt(m.Index)))];
        }

        actors = [.. actors.Where(a => !sentence.IsNearSource(a.Word))];
        if (OtherTarget(sentence, actors, at, last, match.Index + match.Length) || (trigger.TargetBefore && OtherTargetBefore(sentence, actors, at, last, match.Index)))
        {
            return null;
        }

        var window = rules.Window;
        var named = sentence.Mentions
            .Where(m => !m.IsSource && Distance(m.Word, at, last) <= window)
            .OrderBy(m => Distance(m.Word, at, last))
            .FirstOrDefault();
        var actor = actors.Where(a => Distance(a.Word, at, last) <= window).OrderBy(a => Distance(a.Word, at, last)).FirstOrDefault();
        var actorSentence = sentence;

        // "Её обвиняют...", "his home was searched": a pronoun near the trigger stands for the media
        // actor named before it in this clause or the one before. It does so too when it stands nearer the
        // trigger than an actor word that has no name ("её задержали на выходе из редакции").
        if (named is null
            && sentence.Pronouns.Where(w => w < at ? at - w <= window : w - last <= PronounAfter).Order().FirstOrDefault(-1) is var pronoun and >= 0
            && (actor is null || (Distance(pronoun, at, last) < Distance(actor.Word, at, last) && NamedActor(sentence, actor, [], at, last) is null)))
        {
            var unnamed = actor;
            named = sentence.Mentions.LastOrDefault(m => !m.IsSource && m.Word < pronoun);
            actor = named is null ? actors.LastOrDefault(a => a.Word < pronoun) : null;
            if (named is null && actor is null && previous is not null)
            {
                // The previous clause's last named outlet, else its last actor with a name, else its last actor.
                var before = previous.Actors.Where(a => !previous.IsNearSource(a.Word)).Reverse().ToList();
                named = previous.Mentions.LastOrDefault(m => !m.IsSource);
                actor = named is null ? before.FirstOrDefault(a => NameNear(previous, a, strongOnly: true) is not null) ?? before.FirstOrDefault() : null;
                actorSentence = named is null && actor is null ? sentence : previous;
            }

            actor ??= named is null ? unnamed : null;
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

        // "Aigul Omarova edits the site Saryarka Today... Omarova has now been subpoenaed": in a text that names one person
        // only, that person's surname near the trigger stands for them, less surely.
        if (named is null && actor is null && knownPerson is null && mediaText && context.OnlyPerson is { } only)
        {
            if (WordPattern().Matches(sentence.Text).Any(w => Distance(sentence.WordAt(w.Index), at, last) <= window && char.IsUpper(w.Value[0]) && w.Value.StartsWith(only.Stem, StringComparison.OrdinalIgnoreCase)
                && !Speaking(sentence.Text, FirstNameBefore().Match(sentence.Text[..w.Index]).Index, w.Index + w.Length)))
            {
                knownPerson = (only.Subject, only.Name);
                confidence -= 0.1;
            }
        }

        // A person named near the trigger in a text that speaks of media elsewhere ("The trial of Rustam
        // Ospanov opened... the blogger"): accepted, less surely, with that person as the subject.
        if (named is null && actor is null && knownPerson is null && mediaText)
        {
            // A name may open a Cyrillic sentence ("Гүлмира Бейсенова қамауға алынды"); an English one capitalises
            // its first words anyway ("Supreme Court"). One who speaks ("Людмила Ковалёва сказала, что приговор...") is not the target.
            knownPerson = PersonNames().Matches(sentence.Text)
                .Select(m => SentenceOpening(sentence.Text, m))
                .Where(m => !Quoted(sentence.Text, m) && !RoleBeside(sentence, m) && !PlaceOrBody(sentence.Text, m) && !Speaking(sentence.Text, m.Index, m.Index + m.Length))
                .Where(m => (m.Index > 0 || m.Value[0] is >= '\u0400' and <= '\u04FF') && Distance(sentence.WordAt(m.Index), at, last) <= window)
                .Select(m => ((string, string)?)(Transliteration.ToLatin(NameForms.Nominative(m.Value, CaseWordBefore(sentence.Text[..m.Index]))), m.Value))
                .FirstOrDefault();
            if (knownPerson is not null)
            {
                confidence -= 0.1;
            }
        }

        // "...is seeking 50 million tenge from reporter Dana Amanova. The first hearing in the defamation case took
        // place on Monday.": a clause that names no one goes on about the event the clause before it reported.
        // A blocking order is about an outlet: it does not go on about a person's case ("...іс қозғады. Сайтқа қолжетімділік шектелді").
        var continued = named is null && actor is null && knownPerson is null && reportedBefore is not null
            && (kind.Kind != LegalKinds.BlockingOrder || reportedBefore.Kind == LegalKinds.BlockingOrder)
            && !PersonNames().Matches(sentence.Text).Any(m => m.Index > 0 && !PlaceOrBody(sentence.Text, m));
        if (continued)
        {
            knownPerson = (reportedBefore!.Subject, reportedBefore.SubjectName ?? reportedBefore.Subject);
            confidence -= 0.1;
        }
        else if (kind.LeadSubject && named is null && actor is null && knownPerson is null && lead is { } leadActor)
        {
            knownPerson = leadActor;
            confidence -= 0.1;
        }

        if (trigger.NeedsActor && named is null && actor is null && knownPerson is null)
        {
            return [];
        }

        string subject;
        string? subjectName;
        string? person = null;
        var targetAt = -1;
        string? caseWord = null;
        var siteNamed = false;
        if (named is not null && named.Mention.Person is null && StaffOf(actorSentence, named) is { } staff)
        {
            // "корреспондентку КазТАГ Ксению Рубанову", "Meduza co-founder Galina Timchenko": the target is the
            // outlet's journalist, and the subject is that person.
            (subject, subjectName) = staff;
            targetAt = actorSentence.Text.IndexOf(staff.Name, named.Mention.Start, StringComparison.Ordinal);
            confidence += 0.15;
        }
        else if (named is not null)
        {
            (subject, subjectName, person) = (named.Mention.Person ?? named.Mention.Outlet, named.Mention.Text, named.Mention.Person);
            targetAt = named.Mention.Start;
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
            var (found, nameActor) = nameAndActor;
            (subject, subjectName) = (SubjectOf(found, actorSentence, nameActor), found.Name);
            siteNamed = found.Quoted || rules.PersonActors?.IsMatch(actorSentence.Text.AsSpan(nameActor.Start, nameActor.Length)) != true;

            // "Главного редактора «Столичного вестника» вызвали на допрос" over "Жанну Ким, которая руководит...": a person's
            // actor word with an outlet's title is that outlet's one media person, when the text names one.
            if (found.Quoted && rules.PersonActors?.IsMatch(actorSentence.Text.AsSpan(actor.Start, actor.Length)) == true)
            {
                if (mediaPeople.DistinctBy(p => p.Subject).ToList() is [var onlyMedia])
                {
                    (subject, subjectName) = (onlyMedia.Subject, onlyMedia.Name);
                }
                else if (mediaPeople.Count == 0 && context.OnlyPerson is { } onlyNamed)
                {
                    (subject, subjectName) = (onlyNamed.Subject, onlyNamed.Name);
                }
            }

            targetAt = actorSentence.Text.IndexOf(found.Name, Math.Max(0, nameActor.Start - 150), StringComparison.Ordinal);
            caseWord = found.CaseWord ?? actorSentence.Text.Substring(nameActor.Start, nameActor.Length);
            confidence += 0.1;
        }
        else if (sentence.Mentions.FirstOrDefault(m => !m.IsSource) is { } inSentence)
        {
            (subject, subjectName, person) = (inSentence.Mention.Person ?? inSentence.Mention.Outlet, inSentence.Mention.Text, inSentence.Mention.Person);
        }
        else if (textOutlets.Count == 1 && !(actor is not null && FirstPerson().IsMatch(actorSentence.Text.AsSpan(actor.Start, actor.Length)))
            && !(actor is not null && (mediaPeople.Count > 0 || textPeople.Count > 0) && rules.PersonActors?.IsMatch(actorSentence.Text.AsSpan(actor.Start, actor.Length)) == true))
        {
            // A journalist's own post ("I was summoned...") is about its author, whom the text names apart, not the outlet;
            // so is "the editor", "тілші", when the text names a media person: the outlet is where they work.
            (subject, subjectName) = (textOutlets[0], null);
        }
        else
        {
            (subject, subjectName) = ("unknown", actor is null ? null : actorSentence.Text.Substring(actor.Start, actor.Length));
        }

        // "Lukpan Akhmedyarov, a reporter for the Uralsk newspaper Uralskaya Nedelya, said he had been summoned": a title in
        // apposition to a media person is where they work; the person is the target (a blocking order stays the title's).
        // An unquoted Latin title ("the regional news site Turkistan Times") looks like a person's name; its site's actor word says it is not.
        if (kind.Kind != LegalKinds.BlockingOrder && subjectName is not null && person is null && (siteNamed || !mediaPeople.Any(p => p.Subject == subject))
            && mediaPeople.FirstOrDefault(p => p.Subject != subject && WorksFor(sentence.Text, p.Name, subjectName)) is { Name: not null } staffer)
        {
            (subject, subjectName) = (staffer.Subject, staffer.Name);
        }

        // "Главного редактора Ratel.kz вызвали на допрос... Марат Асипов провёл четыре часа в департаменте полиции", "the
        // editor-in-chief of the news site Saryarqa Daily, Ilya Voronin, was subpoenaed": a person's actor word with an
        // outlet's name is that outlet's journalist, the target, when the name follows in an English apposition or the
        // text names one media person only.
        if (kind.Kind != LegalKinds.BlockingOrder && person is null && targetAt >= 0 && subjectName is not null && (named is not null || siteNamed)
            && !mediaPeople.Any(p => p.Subject == subject) && StaffWord(actorSentence.Text, targetAt, subjectName.Length) is true
            && (ApposedPerson().Match(actorSentence.Text[Math.Min(actorSentence.Text.Length, targetAt + subjectName.Length)..]) is { Success: true } apposed
                && apposed.Groups["name"].Value[0] is >= 'A' and <= 'Z'
                && !CoordinatedName().IsMatch(actorSentence.Text[(targetAt + subjectName.Length + apposed.Length)..])
                ? (Transliteration.ToLatin(apposed.Groups["name"].Value), apposed.Groups["name"].Value)
                : context.OneMediaPerson) is { } journalist)
        {
            (subject, subjectName) = journalist;
        }

        // "Главный редактор «Ош ньюс» Нурлан Асанов сообщил, что Минкультуры ограничило доступ к сайту": a blocking order
        // is about a site, a channel or a paper. With no person's actor word nearest the trigger, the person the clause
        // or the lead names (the editor who reports it) is not its subject; the one title the text names is. Nor is an
        // editor the clause quotes ("Газеттің бас редакторы Тамара Еслямованың айтуынша, ... сайтқа кіруді шектеу").
        if (kind.Kind == LegalKinds.BlockingOrder && subject != "unknown" && !siteNamed && context.OneTitle is { } title && subject != title.Subject
            && !context.TextOutlets.Contains(subject)
            && (!(actor is not null && rules.PersonActors?.IsMatch(actorSentence.Text.AsSpan(actor.Start, actor.Length)) == true)
                || (targetAt >= 0 && subjectName is not null && QuotedSpeaker(actorSentence.Text, targetAt, targetAt + subjectName.Length))))
        {
            (subject, subjectName, person) = (title.Subject, title.Name, null);
        }

        var details = DetailsExtractor.Extract(sentence.Text);
        if (details.Article is not null || details.Amount is not null || details.Court is not null)
        {
            confidence += 0.1;
        }

        confidence = Math.Round(Math.Min(confidence, 0.99), 2);
        if (confidence < Threshold)
        {
            return [];
        }

        var merged = DetailsExtractor.Merge(details, neighbours);
        List<LegalFinding> result = [new(kind.Kind, subject, subjectName, person, confidence, sentence.Evidence, match.Value, merged)];
        if (targetAt >= 0 && subjectName is not null && Coordinated(actorSentence, targetAt + subjectName.Length, caseWord) is { } other && other.Subject != subject)
        {
            result.Add(new(kind.Kind, other.Subject, other.Name, other.Person, confidence, sentence.Evidence, match.Value, merged));
        }

        return result;
    }

    // A second target joined to the first by "и", "and", "мен": "к телеканалу «31 канал» и ведущему программы
    // «Открытый разговор» Арману Ибраеву", "администраторов канала — Ерлан Досов и Мадина Кенжебаева".
    private static (string Subject, string Name, string? Person)? Coordinated(Sentence sentence, int end, string? caseWord)
    {
        if (end > sentence.Text.Length || CoordinatedName().Match(sentence.Text[end..]) is not { Success: true } next)
        {
            return null;
        }

        var start = end + next.Index;
        var stop = end + next.Index + next.Length;
        if (sentence.Mentions.FirstOrDefault(m => m.Mention.Start >= start && m.Mention.Start < stop) is { } listed)
        {
            return (listed.Mention.Person ?? listed.Mention.Outlet, listed.Mention.Text, listed.Mention.Person);
        }

        var name = next.Groups["name"].Value;
        var role = next.Groups["role"].Value.Trim();
        var word = role.Length > 0 ? role.Split(' ')[0] : caseWord;
        return (Transliteration.ToLatin(NameForms.Nominative(name, word)), name, null);
    }

    // "Адвокат Гульнары Бажкеновой сообщила": a sentence's first word is capitalised whatever it is, so three
    // capitalised words there are a word and a name.
    // "журналистка из Кызылорды Маржан Бекова": after a place preposition the first capitalised word is the place.
    private static Match SentenceOpening(string text, Match name) =>
        (name.Index == 0 || PlacePreposition().IsMatch(WordBefore().Match(text[..name.Index]).Groups["word"].Value))
            && PersonNames().Match(text, name.Index + name.Value.IndexOf(' ', StringComparison.Ordinal) + 1) is { Success: true } next
            && next.Index == name.Index + name.Value.IndexOf(' ', StringComparison.Ordinal) + 1
            ? next
            : name;

    // The name of the nearest actor, else of the nearest other actor in the window that has one; a full or quoted
    // name of any of them before a lone capitalised word ("сайтына Қазақстанда" names no site).
    private static (ActorName Name, Span Actor)? NamedActor(Sentence sentence, Span nearest, List<Span> others, int at, int last)
    {
        var candidates = new[] { nearest }.Concat(others.Where(a => a != nearest).OrderBy(a => Distance(a.Word, at, last))).ToList();
        foreach (var strongOnly in new[] { true, false })
        {
            foreach (var candidate in candidates)
            {
                if (NameNear(sentence, candidate, strongOnly) is { } name)
                {
                    return (name, candidate);
                }
            }
        }

        return null;
    }

    // A person's name is put back in the nominative from the case of the actor word, the first of a chain of them
    // ("главного редактора интернет-портала «X» Жанну") or the word in apposition ("Арманом Жумагуловым, автором");
    // a quoted name is a title and stays as written ("к сайту «Кокшетау Ньюс»").
    private static string SubjectOf(ActorName name, Sentence sentence, Span actor)
    {
        if (name.Quoted)
        {
            return Transliteration.ToLatin(name.Name);
        }

        if (name.CaseWord is { } apposition)
        {
            return Transliteration.ToLatin(NameForms.Nominative(name.Name, apposition));
        }

        // "журналиста независимого YouTube-канала «Тараз Ашық» Даурена Сыздыкова": the role word that heads the chain.
        var at = sentence.Text.IndexOf(name.Name, actor.Start, StringComparison.Ordinal);
        if (at > 0 && ChainCase(sentence.Text[..at]) is { } chained)
        {
            return Transliteration.ToLatin(NameForms.Nominative(name.Name, chained));
        }

        var head = actor;
        while (sentence.Actors.LastOrDefault(a => a.Start + a.Length <= head.Start && ChainGap().IsMatch(sentence.Text[(a.Start + a.Length)..head.Start])) is { } earlier)
        {
            head = earlier;
        }

        return Transliteration.ToLatin(NameForms.Nominative(name.Name, sentence.Text.Substring(head.Start, head.Length)));
    }

    // The person right after an outlet's name, with at most two role words between: "КазТАГ Ксению Рубанову",
    // "«Азаттык Медиа» Нурбека Асанова", "Azattyq тілшісі Нұрболат Мұсатаев", "Meduza co-founder Galina Timchenko".
    // The Russian case is read from the word before the outlet ("корреспондентку", "оператора"), else the role word.
    private static (string Subject, string Name)? StaffOf(Sentence sentence, Located outlet)
    {
        var end = outlet.Mention.Start + outlet.Mention.Length;
        var rest = sentence.Text[end..];
        var skipped = 0;

        // The linker may have matched only part of a quoted name ("«Азаттык Медиа»"): read on past its closing quote.
        if (ClosingQuote().Match(rest) is { Success: true } close)
        {
            rest = rest[close.Length..];
            skipped = close.Length;
        }

        var staff = StaffName().Match(rest);
        if (!staff.Success)
        {
            // "Marat Asipov, editor-in-chief of Ratel.kz", "a reporter for KazTAG", "who contributes to the Vienna-based
            // Chronicles of Turkmenistan": the person stands before, in apposition.
            var head = sentence.Text[Math.Max(0, outlet.Mention.Start - 100)..outlet.Mention.Start];
            var listed = sentence.Mentions.LastOrDefault(m => m.Mention.Person is not null && m.Mention.Start < outlet.Mention.Start);
            return StaffBefore().Match(head) is { Success: true } apposed
                ? listed is not null && listed.Mention.Start >= outlet.Mention.Start - head.Length + apposed.Index
                    ? (listed.Mention.Person!, listed.Mention.Text)
                    : (Transliteration.ToLatin(apposed.Groups["name"].Value), apposed.Groups["name"].Value)
                : null;
        }

        // A listed person there ("Kloop co-founder Rinat Tuhvatshin") is that person.
        var within = sentence.Mentions.Where(m => m != outlet && m.Mention.Start >= end && m.Mention.Start < end + skipped + staff.Index + staff.Length).ToList();
        if (within.Count > 0)
        {
            return within[0].Mention.Person is { } listed ? (listed, within[0].Mention.Text) : null;
        }

        var name = staff.Groups["name"].Value.Trim();
        var before = sentence.Text[..outlet.Mention.Start];
        var open = before.LastIndexOfAny(['«', '“']);
        before = open >= 0 && before.IndexOfAny(['»', '”'], open) < 0 ? before[..open] : before;
        var caseWord = ChainCase(before) ?? staff.Groups["role"].Value.Trim();
        return (Transliteration.ToLatin(NameForms.Nominative(name, caseWord)), name);
    }

    // The quoted title right after an actor word, past other actor words and one plain noun ("редактора сайта «X»").
    private static ActorName? TitleAfter(Sentence sentence, Span actor)
    {
        // Kazakh puts it first: "«Ош ньюс» сайтының редакторы".
        if (QuotedBefore().Match(sentence.Text[Math.Max(0, actor.Start - 80)..actor.Start]) is { Success: true } first && !PieceTitle(first.Groups["name"].Value))
        {
            return new ActorName(first.Groups["name"].Value.Trim(), Quoted: true);
        }

        var position = actor.Start + actor.Length;
        for (var step = 0; step < 4; step++)
        {
            var rest = sentence.Text[position..];
            if (QuotedName().Match(rest) is { Success: true } quoted)
            {
                return PieceTitle(quoted.Groups["name"].Value) ? null : new ActorName(quoted.Groups["name"].Value.Trim(), Quoted: true);
            }

            if (step == 0 && NounBeforeTitle().Match(rest) is { Success: true } noun)
            {
                position += noun.Length;
                continue;
            }

            if (sentence.Actors.FirstOrDefault(a => a.Start > position && sentence.Text[position..a.Start].Trim().Length == 0) is not { } next)
            {
                return null;
            }

            position = next.Start + next.Length;
        }

        return null;
    }

    // The name an actor word stands with. Strong: a full name after it, past more actor words, quoted names and one
    // role word ("автора Telegram-канала «Тараз Сегодня» Ержан Абенов", "Telegram-арнасының әкімшісі Әділет
    // Құрманов"); else the name it stands in apposition to ("Камилы Исмаиловой, автора канала"); else the quoted
    // name passed ("издания «Алтай Ньюс»"); else a quoted name just before it, the Kazakh order ("«Тобыл таңы»
    // интернет-басылымынан"). Weak, when nothing strong is there: a Latin brand before it in Cyrillic text ("Jetisu
    // Line сайты"), or one capitalised word after it ("издание Exclusive").
    private static ActorName? NameNear(Sentence sentence, Span actor, bool strongOnly)
    {
        var position = actor.Start + actor.Length;
        string? quotedName = null;
        string? single = null;
        var listed = false;
        for (var step = 0; step < 4; step++)
        {
            var rest = sentence.Text[position..];
            var quoted = QuotedName().Match(rest);
            if (quoted.Success)
            {
                // "материал «Школа, которую забыли»": a title that reads as a sentence names a piece, not an outlet.
                quotedName ??= PieceTitle(quoted.Groups["name"].Value) ? null : quoted.Groups["name"].Value.Trim();
                position += quoted.Length;

                // "администраторов Telegram-канала «Атырау Live» — Ерлан Досов": a dash or colon may lead to the people,
                // named in the nominative.
                var dash = LeadingDash().Match(sentence.Text[position..]).Length;
                position += dash;
                listed |= dash > 0;
                continue;
            }

            // "редактора сайта «Павлодар Онлайн» Светланы Бондаренко": a noun that is no actor word may precede the title.
            if (step == 0 && NounBeforeTitle().Match(rest) is { Success: true } noun)
            {
                position += noun.Length;
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

            var name = capitalised.Groups["name"].Value.Trim();

            // "Блогер из Шымкента Азамат Турсынов": a capitalised word after a preposition is a place, not the first name.
            if (PlacePreposition().IsMatch(capitalised.Groups["role"].Value.Trim()) && name.Split(' ') is { Length: 3 } three)
            {
                name = $"{three[1]} {three[2]}";
                start = sentence.Text.IndexOf(name, start, StringComparison.Ordinal);
            }

            // "блогердің Instagram парақшасындағы": a social network is where the actor publishes, not its name; "сайтқа
            // Қазақстан аумағынан" names a country.
            if (Abbreviation(name) || SocialNetwork().IsMatch(name) || Country().IsMatch(name))
            {
                break;
            }

            // "редактора сайта Qostanay Times Нурлыбека Сейткали": a Latin title, then the person in Cyrillic.
            if (LatinThenCyrillic().Match(name) is { Success: true } title)
            {
                quotedName ??= title.Groups["title"].Value;
                position = start + title.Groups["title"].Length;
                continue;
            }

            // "the editor of Semey Today, Roman Gusev", "the regional newspaper Ulan Tynysy, Bolat Zhumagaliyev": after a
            // preposition or an outlet noun the words name the outlet, and a name after the comma is the person.
            if ((capitalised.Groups["role"].Value.Trim() is "of" or "for" or "at" or "with" or "from" || OutletNounEnglish().IsMatch(sentence.Text.AsSpan(actor.Start, actor.Length)))
                && ApposedPerson().Match(sentence.Text[(start + name.Length)..]) is { Success: true } apposed)
            {
                return new ActorName(apposed.Groups["name"].Value, Quoted: false);
            }

            // "Nurlan Abdrakhmanov, a reporter for Qazaq Report": words after an English preposition name where the actor
            // works, so the person in apposition before it, when there is one, is the target.
            if (capitalised.Groups["role"].Value.Trim() is "of" or "for" or "at" or "with" or "from" && name.Contains(' ', StringComparison.Ordinal))
            {
                quotedName ??= name;
                break;
            }

            if (name.Contains(' ', StringComparison.Ordinal))
            {
                return listed ? new ActorName(name, Quoted: false, "журналист") : new ActorName(name, Quoted: false);
            }

            // One role word may stand between: "арнасының әкімшісі Әділет Құрманов", but not a lone word after it.
            if (capitalised.Groups["role"].Length == 0 && quotedName is null)
            {
                single = name;
            }

            break;
        }

        // "Сании Ермековой, корреспондента газеты «Сыр самалы»": the person in apposition is the target, not the title after.
        var before = NameBefore().Match(sentence.Text[Math.Max(0, actor.Start - 120)..actor.Start]);
        if (before.Success && !Abbreviation(before.Groups["name"].Value))
        {
            // The word after the comma carries the name's case: "Арманом Жумагуловым, автором канала".
            var apposition = before.Groups["case"].Success ? before.Groups["case"].Value : null;

            // "Журналист Данияр Ахметов, автор канала": a capitalised actor word opening the sentence is no part of the name.
            var name = before.Groups["name"];
            var offset = Math.Max(0, actor.Start - 120) + name.Index;
            var text = sentence.Actors.FirstOrDefault(a => a.Start == offset) is { } opening && name.Value.Length > opening.Length
                ? name.Value[opening.Length..]
                : name.Value;
            return new ActorName(text.Trim(), Quoted: false, apposition);
        }

        if (quotedName is not null)
        {
            return new ActorName(quotedName, Quoted: true);
        }

        var quotedBefore = QuotedBefore().Match(sentence.Text[Math.Max(0, actor.Start - 80)..actor.Start]);
        if (quotedBefore.Success && !PieceTitle(quotedBefore.Groups["name"].Value))
        {
            return new ActorName(quotedBefore.Groups["name"].Value.Trim(), Quoted: true);
        }

        // "Jetisu Line сайты", "Semey Monitor редакциясында": the Kazakh order puts a Latin brand before its noun
        // (in English, "Almaty journalist" names a place).
        var brandBefore = LatinBefore().Match(sentence.Text[Math.Max(0, actor.Start - 60)..actor.Start]);
        if (brandBefore.Success && !strongOnly && sentence.Text[actor.Start..(actor.Start + actor.Length)].Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return new ActorName(brandBefore.Groups["name"].Value.Trim(), Quoted: true);
        }

        return strongOnly || single is null ? null : new ActorName(single, Quoted: false);
    }

    // "Антикор задержал владельца строительной компании после публикации журналистов", "sentenced former agriculture
    // minister Asylbek Kemelov": another role right after the trigger, in the same clause, with no media actor (or
    // pronoun) nearer the trigger or beside that role ("директора телеканала"), is whom the trigger is about. Roles
    // before a trigger are mostly its agents ("Police detained..."), so they do not count.
    private static bool OtherTarget(Sentence sentence, List<Span> actors, int at, int last, int end)
    {
        var media = MediaWords(sentence, actors);
        return sentence.OtherRoles.Any(role => role > last && role - last <= RoleReach
            && !media.Any(w => Distance(w, at, last) <= role - last || Math.Abs(w - role) <= 2)
            && sentence.StartOf(role) >= end && sentence.Text[end..sentence.StartOf(role)].IndexOfAny([':', ';', ',', '—', '–', '(', '.']) < 0
            && !Favour().IsMatch(sentence.Text[Math.Max(0, end - 20)..sentence.StartOf(role)])
            && !AgentBy().IsMatch(sentence.Text[end..sentence.StartOf(role)])
            && (!Instrumental().IsMatch(sentence.WordText(role)) || Over().IsMatch(sentence.Text[end..sentence.StartOf(role)]))
            && !Claimant().IsMatch(sentence.Text[sentence.StartOf(role)..])
            && !(PluralPastVerb().IsMatch(sentence.WordText(last)) && NominativePlural().IsMatch(sentence.WordText(role)) && role - last <= 2));
    }

    [GeneratedRegex(@"\?[»""”')\]]*\s*$")]
    private static partial Regex Question();

    // A year in a background clause ("в 2016 году", "2019 жылы"): the case it tells is an old one.
    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    // "Блогера Тимура Оспанова задержали сотрудники полиции": a plural noun in the nominative right after a plural verb
    // is who acted, not whom the trigger is about.
    [GeneratedRegex(@"^\p{IsCyrillic}+ли$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPastVerb();

    [GeneratedRegex(@"^\p{IsCyrillic}+[ыи]$", RegexOptions.IgnoreCase)]
    private static partial Regex NominativePlural();

    // The word that gives a name its case: "по делу Каната Мусина", "адвокат Асель Жумабаевой" take the genitive, which
    // the nouns "дело", "адвокат" do not show, so they read as "журналиста" does.
    // "суд признал Мурата Жолдасбаева", "задержали Тимура Нургалиева": after a masculine or plural past-tense verb a name
    // is its object, whose masculine accusative is the genitive's form.
    // "главного редактора газеты «Ак Жайык» Тимура Нургалиева": after a title, the noun before it carries the chain's
    // case, and an outlet noun in the genitive there ("газеты", "сети") makes the name genitive too.
    private static string? CaseWordBefore(string head) =>
        WordBefore().Match(head) is { Success: true } w
            ? GenitiveHead().IsMatch(w.Groups["word"].Value) || PastVerb().IsMatch(w.Groups["word"].Value) ? "журналиста" : w.Groups["word"].Value
            : TitleBefore().IsMatch(head) ? ChainCase(head) : null;

    // "корреспондента портала «Семей Хабар» Кайрата Есимова", "Корреспондент русской службы Радио Азаттык Ольга Ли": a name
    // after an outlet's name takes the case of the role word that heads the chain, read back past titles, outlet nouns and
    // their adjectives; with no role word there, an outlet noun in the genitive ("газеты «Ак Жайык» Тимура") makes it genitive.
    private static string? ChainCase(string head)
    {
        var tokens = ChainToken().Matches(head);
        string? outletNoun = null;
        for (var i = tokens.Count - 1; i >= Math.Max(0, tokens.Count - 10); i--)
        {
            var token = tokens[i].Value;
            if (token[0] is '«' or '"' or '“')
            {
                continue;
            }

            if (ChainRole().IsMatch(token))
            {
                return token;
            }

            if (ChainOutletNoun().IsMatch(token))
            {
                outletNoun ??= token;
                continue;
            }

            if (char.IsUpper(token[0]) || ChainAdjective().IsMatch(token))
            {
                continue;
            }

            if (outletNoun is null && (GenitiveHead().IsMatch(token) || PastVerb().IsMatch(token)))
            {
                return "журналиста";
            }

            break;
        }

        return outletNoun is null ? null : OutletNounGenitive().IsMatch(outletNoun) ? "журналиста" : outletNoun;
    }

    // "дело бывшего главы нацкомпании, обвиняемого в хищениях": a participle trigger describes the person just before
    // it; another role there, with no media actor between or beside it, is whom it is about.
    // A media actor inside the trigger is its target: "Investigators have charged activist X with...".
    private static bool OtherTargetBefore(Sentence sentence, List<Span> actors, int at, int last, int start)
    {
        var media = MediaWords(sentence, actors);
        var kazakh = KazakhLetters().IsMatch(sentence.Text);
        return !media.Any(w => w > at && w <= last) && sentence.OtherRoles.Any(role => role < at && at - role <= RoleReach + 2
            && !media.Any(w => ((w > role && w < at) || Math.Abs(w - role) <= 2) && !(kazakh && w < role && AgentOf(sentence, w, role)))
            && !(kazakh && KazakhOblique().IsMatch(sentence.WordText(role)))
            && !Speaker().IsMatch(sentence.Text[sentence.StartOf(role)..])
            && !Instrumental().IsMatch(sentence.WordText(role))
            && !Claimant().IsMatch(sentence.Text[sentence.StartOf(role)..start]));
    }

    // "Журналист әшкерелеген шенеунік сотталды": a media word followed by a participle that qualifies the role is the
    // participle's agent, not the one the trigger is about.
    private static bool AgentOf(Sentence sentence, int media, int role) =>
        Enumerable.Range(media + 1, Math.Max(0, role - media - 1)).Any(w => KazakhParticiple().IsMatch(sentence.WordText(w)));

    // Where the clause speaks of media: actor words, named outlets and people that are no source, pronouns.
    private static List<int> MediaWords(Sentence sentence, List<Span> actors) =>
        [.. actors.Select(a => a.Word), .. sentence.Mentions.Where(m => !m.IsSource).Select(m => m.Word), .. sentence.Pronouns];

    // "УК РК", "ҚР ҚК-нің": capitals only, a code's abbreviation, not a name.
    private static bool Abbreviation(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Split('-')[0].All(c => !char.IsLetter(c) || char.IsUpper(c)))
        || LegalCode().IsMatch(name);

    // A quoted title with a comma, a question or more than four words, or one in lower case ("extremist"), is a piece's headline or
    // a quoted word, not an outlet's name.
    private static bool PieceTitle(string title) =>
        title.IndexOfAny([',', '?', '!', ':']) >= 0 || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4
        || (title.TrimStart() is [var first, ..] && char.IsLower(first) && !title.Contains('.', StringComparison.Ordinal));

    // "«Егемен Қазақстан»" is a title, not a person's name.
    private static bool Quoted(string text, Match name) =>
        (name.Index > 0 && text[name.Index - 1] is '«' or '"' or '“') || (name.Index + name.Length < text.Length && text[name.Index + name.Length] is '»' or '"' or '”');

    // "владельца агрохолдинга «Тобол Агро» Бекжана Нургалиева", "Asylbek Kemelov, the former minister", "Сотрудники
    // Антикора": a name with another role beside it, or in it, is no journalist.
    private static bool RoleBeside(Sentence sentence, Match name)
    {
        var first = sentence.WordAt(name.Index);
        var lastWord = sentence.WordAt(name.Index + name.Length - 1);
        return sentence.OtherRoles.Any(role => role >= first - RoleReach - 2 && role <= lastWord + RoleReach);
    }

    // The people a text names with a first name and a surname: no outlet, no quoted title, no one with another role
    // beside, no place or body ("Алматының Бостандық аудандық соты", "Leninsky District Court"). Names inside sentences come
    // first: a sentence's capitalised first word may be no name ("Полиция Шымкента возбудила...").
    private List<(string Stem, string Subject, string Name)> TextPeople(List<Sentence> analysed)
    {
        var named = analysed
            .SelectMany(c => PersonNames().Matches(c.Text).Select(m => SentenceOpening(c.Text, m))
                .Where(m => !Quoted(c.Text, m) && !RoleBeside(c, m) && !PlaceOrBody(c.Text, m) && !OutletNamed(c, m)
                    && !c.Mentions.Any(o => o.Mention.Start < m.Index + m.Length && m.Index < o.Mention.Start + o.Mention.Length))
                .Select(m => (Clause: c, Match: m)))
            .Where(n => n.Match.Index > 0 || n.Match.Value[0] is >= '\u0400' and <= '\u04FF' || LowerAfter().IsMatch(n.Clause.Text[(n.Match.Index + n.Match.Length)..]))
            .ToList();
        if (named.Any(n => n.Match.Index > 0))
        {
            named = [.. named.Where(n => n.Match.Index > 0)];
        }

        return [.. named.Select(n => (Stem(n.Match.Value), Transliteration.ToLatin(NameForms.Nominative(n.Match.Value, CaseWordBefore(n.Clause.Text[..n.Match.Index]))), n.Match.Value))];
    }

    // "the news site Saryarka Today": a name right after an actor word that is no person (a site, a channel) is a title.
    private bool OutletNamed(Sentence sentence, Match name) =>
        sentence.Actors.Any(a => a.Start + a.Length <= name.Index && ChainGap().IsMatch(sentence.Text[(a.Start + a.Length)..name.Index])
            && rules.PersonActors?.IsMatch(sentence.Text.AsSpan(a.Start, a.Length)) != true);

    // "Алматының Бостандық аудандық соты", "Leninsky District Court", "Кеше Ақтөбе қалалық сотында": capitalised words
    // that a court, a district or a body follows, or that hold one, are a place or an institution.
    private static bool PlaceOrBody(string text, Match name) =>
        BodyWord().IsMatch(name.Value) || Country().IsMatch(name.Value) || LegalCode().IsMatch(name.Value) || SocialNetwork().IsMatch(name.Value) || BodyAfter().IsMatch(text[(name.Index + name.Length)..]);

    // A surname's first five letters: "Толеуова", "Толеуовой" and "Толеуовы" are one person.
    private static string Stem(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] is var surname
        ? surname[..Math.Min(surname.Length, 5)].ToLowerInvariant()
        : name;

    private static int Distance(int word, int first, int last) => word < first ? first - word : word > last ? word - last : 0;

    // A cue inside the trigger's match that the trigger's pattern writes out as a word of its own ("признать (\S+ ){0,2}не
    // соответствующ..." holds " не "), not one a wildcard of the pattern took in.
    private static bool SpelledOut(CompiledTrigger trigger, Match match, Match cue) =>
        cue.Index > match.Index && cue.Index + cue.Length <= match.Index + match.Length
        && trigger.Source.Contains(' ' + cue.Value.ToLowerInvariant() + ' ', StringComparison.Ordinal);

    // "Читайте также: Суд арестовал блогера...", "Tags: courts, media": lines around the article that are not what it reports.
    private string WithoutFurniture(string text) =>
        rules.Furniture is not { } furniture ? text : string.Join('\n', text.Split('\n').Where(line => !Furniture(furniture, line)));

    private static bool Furniture(Regex furniture, string line)
    {
        try
        {
            return furniture.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            // A staff-written pattern that backtracks without end: the line is read.
            return false;
        }
    }

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
        var cues = rules.SourceCues?.Matches(text).ToList() ?? [];
        sentence.Sources = [.. cues.Select(m => sentence.WordAt(m.Index))];

        // "Eurasianet reports that blogger Kairat Zhunusov...", "сообщает, что журналиста...": what follows "that" is the
        // news, not its source.
        sentence.ContentAfter = [.. cues.Where(m => ThatAfter().IsMatch(text[(m.Index + m.Length)..])).Select(m => sentence.WordAt(m.Index))];
        sentence.Actors = rules.Actors?.Matches(text).Select(m => new Span(m.Index, m.Length, sentence.WordAt(m.Index))).ToList() ?? [];
        sentence.OtherRoles = rules.OtherRoles?.Matches(text).Select(m => sentence.WordAt(m.Index)).ToList() ?? [];
        sentence.Pronouns = rules.Pronouns?.Matches(text).Select(m => sentence.WordAt(m.Index)).ToList() ?? [];
        // "KazTAG: в Атырау задержали...": an outlet that opens the sentence with a colon is the one reporting it.
        sentence.Mentions = [.. linker.Find(text).Select(m =>
        {
            var word = sentence.WordAt(m.Start);
            var dateline = word == 0 && text[(m.Start + m.Length)..].StartsWith(':');
            return new Located(m, word, dateline || sentence.IsNearSource(word));
        })];
        return sentence;
    }

    [GeneratedRegex(@"(?<![\w-])\p{Lu}\p{Ll}{2,}\s+\p{Lu}\p{Ll}{2,}(?![\w-])", RegexOptions.None, 1000)]
    private static partial Regex PersonNames();

    // "иск депутата мажилиса к Vlast.kz", "a claim by the akim against": the role is the claimant, not the target.
    [GeneratedRegex(@"^\S+(\s+\S+){0,4}\s+(к|против|against|v\.?|vs\.?|қарсы)\s", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Claimant();

    [GeneratedRegex(@"^(меня|мне|мной|мені|маған|I|me|my)$")]
    private static partial Regex FirstPerson();

    // "Police said the pair were suspected of...": the role is who says it.
    [GeneratedRegex(@"^\S+\s+(said|says|told|stated|claimed|alleged|сообщ\w*|заяви\w*|рассказа\w*|считают|утвержда\w*|хабарла\w*|мәлімде\w*|айтты)", RegexOptions.IgnoreCase)]
    private static partial Regex Speaker();

    // "Людмила Ковалёва сказала, что приговор...": a name that opens its clause and stands just before a verb of saying is
    // who speaks; "Адвокат Гульнары Бажкеновой сообщила" is the lawyer speaking about the one named.
    private static bool Speaking(string text, int start, int end) =>
        SpeakerAfter().IsMatch(text[end..]) && ClauseOpening().IsMatch(text[..start]);

    // A person the clause reports as its source (not a quoted title, see Quoted): "Тамара Еслямованың айтуынша", "по словам редактора Нурлана Асанова", "according to editor X".
    private static bool QuotedSpeaker(string text, int start, int end) =>
        SpeakerCueAfter().IsMatch(text[Math.Min(text.Length, end)..]) || SpeakerCueBefore().IsMatch(text[..start]);

    [GeneratedRegex(@"^\w*\s*(айтуынша|сөзінше|хабарлауынша)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerCueAfter();

    [GeneratedRegex(@"(?<!\w)(по словам|according to)\s+(\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerCueBefore();

    // The first name before a surname: "Людмила " in "Людмила Ковалёва"; empty when there is none.
    [GeneratedRegex(@"(?:\p{Lu}[\w-]+\s+)?$")]
    private static partial Regex FirstNameBefore();

    [GeneratedRegex(@"(?:^|[,;:—–])\s*$")]
    private static partial Regex ClauseOpening();

    // The verbs of saying that Speaking looks for right after a name.
    [GeneratedRegex(@"^\s*(said|says|told|stated|сказал\w*|сообщил\w*|заявил\w*|рассказал\w*|отметил\w*|считает|хабарлады|мәлімдеді|айтты|деді)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerAfter();

    // "was detained by police", "задержан сотрудниками полиции", "осуждён судьёй": the role is the passive's agent.
    [GeneratedRegex(@"\bby\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentBy();

    [GeneratedRegex(@"\w(ами|ями|ими|ыми|ом|ем)$", RegexOptions.IgnoreCase)]
    private static partial Regex Instrumental();

    // "процесс над бывшим руководителем госкомпании": after "над" the instrumental is the target, not an agent.
    [GeneratedRegex(@"(?<!\w)над(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Over();

    [GeneratedRegex(@"^\s*,?\s*(that|что)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ThatAfter();

    // "Aigul Omarova edits the site...": an English sentence's two capitalised first words are a name when a lowercase
    // word follows them ("Human Rights Watch" goes on capitalised).
    [GeneratedRegex(@"^\s+\p{Ll}")]
    private static partial Regex LowerAfter();

    // Words that make a capitalised pair a place, a body or an organisation, not a person: "Leninsky District Court",
    // "(Reporters) Without Borders", "Human Rights Watch", "Adil Soz", "Суд Туркестанской (области)".
    [GeneratedRegex(@"(?<!\w)(borders|watch|rights|international|foundation|federation|association|institute|soz|соз|сөз|суд|суда|суде|судом|сот|соты|сотында|сотының|district|court|region|regional|city|oblast|province|ministry|service|committee|agency|department|communications|university|bank|council|security|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWord();

    // A country's name, in any case: "Қазақстан аумағынан", "Kyrgyzstan's".
    [GeneratedRegex(@"(?<!\w)(kazakhstan|kyrgyzstan|uzbekistan|tajikistan|turkmenistan|russia|казахстан\w*|қазақстан\w*|кыргызстан\w*|қырғызстан\w*|киргизи\w*|узбекистан\w*|өзбекстан\w*|таджикистан\w*|тәжікстан\w*|росси\w*|ресей\w*)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Country();

    [GeneratedRegex(@"^\s+(аудандық|аудандағы|қалалық|облыстық|сот\w*|районн\w*|городск\w*|областн\w*|межрайонн\w*|суд\w*|district|court|regional|city|oblast|province)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAfter();

    [GeneratedRegex(@"[әғқңөұүһі]", RegexOptions.IgnoreCase)]
    private static partial Regex KazakhLetters();

    // A Kazakh role word with a case ending ("әкімді", "әкімнің", "әкімге") is an object or owner, not the subject a
    // passive trigger ("сотталды", "ұсталды") is about: "Журналист әкімді сынағаны үшін ұсталды".
    [GeneratedRegex(@"\w(ны|ні|ды|ді|ты|ті|ын|ін|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен)$", RegexOptions.IgnoreCase)]
    private static partial Regex KazakhOblique();

    // "ruled in favour of an official's family", "взыскал в пользу депутата": that role won.
    [GeneratedRegex(@"favou?r|пользу|пайдасына", RegexOptions.IgnoreCase)]
    private static partial Regex Favour();

    [GeneratedRegex(@"^(?<title>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?=[\u0400-\u04FF])")]
    private static partial Regex LatinThenCyrillic();

    [GeneratedRegex(@"^(дел[оау]?|деле|делом|процесс\w*|иск\w*|адвокат\w*|защитник\w*|задержани\w*|арест\w*|приговор\w*|обыск\w*|допрос\w*|защит\w*|стражей)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveHead();

    // "газеты", "портала", "издания": an outlet noun in the genitive, whose case a name after its title shares.
    [GeneratedRegex(@"^((газет|редакци|служб|телекомпани|радиостанци|студи|программ|сет)(ы|и)|(портал|сайт|канал|телеканал|журнал|ресурс|паблик|проект|агентств|медиахолдинг)а|издания)$", RegexOptions.IgnoreCase)]
    private static partial Regex OutletNounGenitive();

    [GeneratedRegex(@"(?<word>\p{L}+)\s*[«""“][^«»""“”]{1,60}[»""”]\s*$")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"^[\u0400-\u04FF]{2,}(л|ли)$", RegexOptions.IgnoreCase)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"\w[\w.-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*,?\s*[«""“](?<name>[^»""”]{2,60})[»""”]")]
    private static partial Regex QuotedName();

    // A name after an actor word: up to three capitalised words. A Cyrillic word in capitals after it (ҚР, УК) is the
    // abbreviation that follows the name, not part of it.
    [GeneratedRegex(@"^\s*(?<role>\p{Ll}[\p{Ll}-]+\s+(?=\p{Lu}[\w'-]+\s+\p{Lu}))?(?<name>\p{Lu}[\w'-]+(?:\s+(?![\u0400-\u04FF]\p{Lu}+(?!\w))\p{Lu}[\w'-]+){0,2})")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+){1,2}),\s*(?:(?:a|an|the)\s+)?(?:(?<case>\p{Ll}[\p{Ll}-]*)\s+(?:[\p{Ll}-]+\s+){0,2}|[\w-]+-based\s+(?:[\p{Ll}-]+\s+)?)?$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"[«""“](?<name>[^«»""“”]{2,60})[»""”]\s*(?:[\w-]+\s*)?$")]
    private static partial Regex QuotedBefore();

    [GeneratedRegex(@"^[»""”]*\s*,?\s*(?:и|and|мен|және)\s+(?<role>(?:\p{Ll}[\p{Ll}-]*\s+){0,2})(?:[«""“][^«»""“”]{1,60}[»""”]\s+)?(?<name>\p{Lu}[\w'.-]+(?:\s+\p{Lu}[\w'-]+){1,2})")]
    private static partial Regex CoordinatedName();

    [GeneratedRegex(@"^(из|в|во|с|со|от)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    // "Name, 41, who runs...", "Name, a freelance contributor to...", "Name, editor of...": a whole capitalised name (not
    // the end of a longer one) before an apposition that says what the person does in the media.
    [GeneratedRegex(@"(?<!\p{Lu}\p{Ll}*\s)(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),(?:\s+\d{1,2},)?\s+(?:who\s+(?:runs|edits|ran|edited|works|worked|writes|wrote|contributes|contributed|hosts|hosted|founded|reports|reported|covers|covered|publishes|published)|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:journalist|reporter|blogger|editor|contributor|correspondent|activist|photographer|videographer|columnist|founder|publisher|vlogger|freelancer)s?|(?:(?:freelance|independent|local|former|veteran|investigative|chief|managing|deputy|senior|executive)\s+){0,2}(?:journalist|reporter|blogger|editor(?:-in-chief)?|contributor|correspondent|photographer|videographer|columnist|founder|co-founder|publisher|owner)\s+(?:of|at|for|with)\b)\b")]
    private static partial Regex MediaApposition();

    [GeneratedRegex(@"^,\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=\s*(?:,|\.|$|\s+and\s|\s+(?:has|have|had|was|were|is|said|who)\b))")]
    private static partial Regex ApposedPerson();

    [GeneratedRegex(@"^(newspaper|outlet|site|website|channel|agency|portal|magazine|weekly|daily|service|station|broadcaster|paper|publication)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutletNounEnglish();

    [GeneratedRegex(@"^\s*[—–:-]\s*(?=\p{Lu})")]
    private static partial Regex LeadingDash();

    // An appeal or a cassation, in Russian, Kazakh or English.
    [GeneratedRegex(@"апелляц|кассац|\bappeal|cassation", RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    // A ruling on appeal, not one that was appealed: "the appeals court upheld", but not "both sides appealed" or "an
    // appeal against the ruling".
    [GeneratedRegex(@"апелляц|кассац|\bappeal(?!ed\b)(?!\s+against)|cassation", RegexOptions.IgnoreCase)]
    private static partial Regex AppealRuling();

    [GeneratedRegex(@"^\s*\p{Ll}[\p{Ll}-]+(?=\s*[«""“])")]
    private static partial Regex NounBeforeTitle();

    [GeneratedRegex(@"^\s*(?:\w+-)?$")]
    private static partial Regex ChainGap();

    [GeneratedRegex(@"(?<![\w.-])(?<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+$")]
    private static partial Regex LatinBefore();

    [GeneratedRegex(@"^[^«»""“”.,;:!?]{0,30}[»""”]")]
    private static partial Regex ClosingQuote();

    // A person's actor word right before an outlet's name ("главного редактора Ratel.kz", "the editor-in-chief of the
    // news site Saryarqa Daily") or, the Kazakh order, right after it ("Ratel.kz тілшісі").
    private bool StaffWord(string text, int titleAt, int titleLength)
    {
        if (rules.PersonActors is not { } people)
        {
            return false;
        }

        var before = WordPattern().Matches(text[..titleAt]).TakeLast(5);
        var after = WordPattern().Matches(text[Math.Min(text.Length, titleAt + titleLength)..]).Take(1);
        // A page's administrator speaks for the page: "администратору Instagram-страницы «Kokshetau Today»" is about the page.
        return before.Concat(after).Any(w => people.Match(w.Value) is { Success: true } m && m.Length == w.Value.Length && !Administrator().IsMatch(w.Value));
    }

    // "X, a reporter for the newspaper Y": Y follows X's name within a comma-led apposition that joins no one else.
    private static bool WorksFor(string text, string person, string title)
    {
        var at = text.IndexOf(person, StringComparison.Ordinal);
        var titleAt = at < 0 ? -1 : text.IndexOf(title, at + person.Length, StringComparison.Ordinal);
        return titleAt > at && titleAt - at - person.Length <= 80
            && text[(at + person.Length)..titleAt] is var between && between.TrimStart().StartsWith(',') && !Conjunction().IsMatch(between);
    }

    [GeneratedRegex(@"^(админ|administrator|admin|әкімші)", RegexOptions.IgnoreCase)]
    private static partial Regex Administrator();

    [GeneratedRegex(@"(?<!\w)(and|also|и|а также|мен|бен|пен)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    // "Instagram", "Facebook-тегі", "TikTok-та": a platform, with or without a Kazakh or Russian ending.
    [GeneratedRegex(@"^(?:Instagram|Facebook|TikTok|YouTube|Telegram|WhatsApp|Twitter|Threads|VK|ВКонтакте|Инстаграм|Фейсбук|Тикток|Ютуб|Телеграм)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex SocialNetwork();

    // "Criminal Code", "Кодекс": a code's name, not a person's or an outlet's.
    [GeneratedRegex(@"(?<!\w)(code|constitution|кодекс\w*|конституци\w*)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalCode();

    // "Азаттық радиосының Атыраудағы тілшісі Сәуле Ибраеваға": a Kazakh place adjective may stand among the role words.
    [GeneratedRegex(@"^(?:['’]s)?\s*(?<role>(?:(?!(?:и|and|мен|және|или|or)\s)\p{Ll}[\p{Ll}-]*\s+)?(?:\p{Lu}\p{Ll}+(?:дағы|дегі|тағы|тегі)\s+)?(?:(?!(?:и|and|мен|және|или|or)\s)\p{Ll}[\p{Ll}-]*\s+)?)(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2})(?![\w-]|\.\w)")]
    private static partial Regex StaffName();

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:[\p{Ll}-]+\s+){1,4}(?:of|at|with|from|for|to)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+|[\w-]+-based)\s+){0,2}[«""“]?$")]
    private static partial Regex StaffBefore();

    [GeneratedRegex(@"(?<word>\p{L}+)\s*[«""“]?\s*$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"^\p{Ll}{3,}(ған|ген|қан|кен)$")]
    private static partial Regex KazakhParticiple();

    [GeneratedRegex(@"[«""“][^«»""“”]*[»""”]|[\w-]+")]
    private static partial Regex ChainToken();

    [GeneratedRegex(@"^(корреспондент|журналист|редактор|главред|шеф-редактор|ведущ|автор|блогер|видеоблогер|основател|соучредител|учредител|владел|сотрудник|оператор|видеооператор|фотограф|фотокорреспондент|колумнист|обозревател|репортер|репортёр|администратор|директор)\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChainRole();

    [GeneratedRegex(@"^([\w]+-)?(газет|портал|сайт|канал|телеканал|служб|издани|агентств|информагентств|журнал|радио|редакци|ресурс|паблик|проект|телекомпани|радиостанци|студи|программ|сет|медиа|интернет-издани|интернет-портал)\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChainOutletNoun();

    [GeneratedRegex(@"^\p{Ll}+(ого|его|ой|ей|ых|их|ского|ской)$")]
    private static partial Regex ChainAdjective();

    private sealed record Span(int Start, int Length, int Word);

    /// <summary>What the whole text tells every clause: its sentences, outlets, the media people it names, whether it speaks of media.</summary>
    private sealed record TextContext(List<string> Sentences, List<string> TextOutlets, List<(string Stem, string Subject, string Name)> MediaPeople, bool MediaText, (string Subject, string Name)? Lead, List<(string Stem, string Subject, string Name)> TextPeople, (string Subject, string Name)? OneTitle)
    {
        /// <summary>The media person the text names, when it names one only (with an actor word, or as an outlet's staff).</summary>
        public (string Subject, string Name)? OneMediaPerson { get; init; }

        /// <summary>The person the text names, when it names one only (by surname).</summary>
        public (string Stem, string Subject, string Name)? OnlyPerson { get; } =
            TextPeople.Select(p => p.Stem).Distinct(StringComparer.Ordinal).Count() == 1 ? TextPeople[0] : null;
    }

    /// <summary>A name read next to an actor word; a quoted one is a title (an outlet, a channel), not a person.</summary>
    private sealed record ActorName(string Name, bool Quoted, string? CaseWord = null);

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

        /// <summary>Words of roles other than media (akim, owner, minister).</summary>
        public List<int> OtherRoles { get; set; } = [];
        public List<int> Pronouns { get; set; } = [];
        public List<Located> Mentions { get; set; } = [];

        /// <summary>The character offset of a word.</summary>
        public int StartOf(int word) => wordStarts[word];

        /// <summary>The text of a word.</summary>
        public string WordText(int word) => WordPattern().Match(Text, wordStarts[word]).Value;

        /// <summary>The index of the word at or before a character offset.</summary>
        public int WordAt(int offset)
        {
            var i = Array.BinarySearch(wordStarts, offset);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        }

        /// <summary>Source cues followed by "that" ("reports that", "сообщил, что"): the words after them are the news.</summary>
        public List<int> ContentAfter { get; set; } = [];

        public bool IsNearSource(int word) => Sources.Any(s => Math.Abs(s - word) <= SourceDistance && !(word > s && ContentAfter.Contains(s)));
    }
}
