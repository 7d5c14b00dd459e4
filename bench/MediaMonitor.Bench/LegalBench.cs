using System.Globalization;
using System.Text.Json;
using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Bench;

/// <summary>
/// Precision and recall of the legal-signal detector per kind on a labelled set (JSON Lines of
/// {id, lang, text, expected: [{kind, subject}]}), with the shipped rules and outlets. A text counts
/// once per kind: found and expected is a true positive, found only a false positive, expected only
/// a false negative. Subjects are scored apart, over the true positives.
/// With --min-confidence, findings below it are left out, as an alert rule that takes only surer signals would.
///   dotnet run -c Release --project bench/MediaMonitor.Bench -- legal --set bench/MediaMonitor.Bench/LegalEval/test.jsonl [--config config] [--errors] [--min-confidence 0.7]
/// </summary>
internal static class LegalBench
{
    public static int Run(string[] args)
    {
        var set = Option(args, "--set") ?? throw new ArgumentException("legal needs --set FILE.jsonl");
        var config = Option(args, "--config") ?? "config";
        var showErrors = args.Contains("--errors");
        var minConfidence = Option(args, "--min-confidence") is { } min ? double.Parse(min, CultureInfo.InvariantCulture) : 0;
        var scanner = LegalScanner.Load(config);
        foreach (var problem in scanner.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        var counts = LegalKinds.All.ToDictionary(k => k, _ => (Tp: 0, Fp: 0, Fn: 0), StringComparer.Ordinal);
        var subjects = (Right: 0, Total: 0);
        var texts = 0;
        foreach (var line in File.ReadLines(set).Where(l => l.Trim().Length > 0))
        {
            texts++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            var expected = root.GetProperty("expected").EnumerateArray()
                .Select(e => (Kind: e.GetProperty("kind").GetString()!, Subject: e.GetProperty("subject").GetString()!))
                .ToList();
            var found = scanner.Detector.Detect(null, text).Where(f => f.Confidence >= minConfidence).ToList();
            foreach (var kind in LegalKinds.All)
            {
                var want = expected.Where(e => e.Kind == kind).ToList();
                var got = found.Where(f => f.Kind == kind).ToList();
                var c = counts[kind];
                if (want.Count > 0 && got.Count > 0)
                {
                    c.Tp++;
                    foreach (var (_, subject) in want)
                    {
                        subjects.Total++;
                        if (got.Any(g => SameSubject(g.Subject, subject)))
                        {
                            subjects.Right++;
                        }
                        else if (showErrors)
                        {
                            Console.WriteLine($"SUBJECT {id} {kind}: expected '{subject}', found {string.Join(", ", got.Select(g => $"'{g.Subject}'"))}");
                        }
                    }
                }
                else if (got.Count > 0)
                {
                    c.Fp++;
                    if (showErrors)
                    {
                        Console.WriteLine($"FP {id} {kind} [{got[0].Trigger}] {got[0].Evidence}");
                    }
                }
                else if (want.Count > 0)
                {
                    c.Fn++;
                    if (showErrors)
                    {
                        Console.WriteLine($"FN {id} {kind}: {text}");
                    }
                }

                counts[kind] = c;
            }
        }

        Console.WriteLine($"{texts} texts from {set}");
        Console.WriteLine($"{"kind",-16} {"tp",4} {"fp",4} {"fn",4} {"precision",10} {"recall",8}");
        foreach (var (kind, c) in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-16} {c.Tp,4} {c.Fp,4} {c.Fn,4} {Ratio(c.Tp, c.Tp + c.Fp),10} {Ratio(c.Tp, c.Tp + c.Fn),8}"));
        }

        var all = counts.Values.Aggregate((Tp: 0, Fp: 0, Fn: 0), (a, c) => (a.Tp + c.Tp, a.Fp + c.Fp, a.Fn + c.Fn));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-16} {all.Tp,4} {all.Fp,4} {all.Fn,4} {Ratio(all.Tp, all.Tp + all.Fp),10} {Ratio(all.Tp, all.Tp + all.Fn),8}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subjects right on true positives: {subjects.Right}/{subjects.Total} ({Ratio(subjects.Right, subjects.Total)})"));
        return 0;
    }

    // Romanisations of one name differ (Kaliev and Kaliyev, Dmitry and Dmitriy, Yerlan and Erlan, Qostanay and
    // Kostanai, Yessenov and Yesenov): compare spelling-folded letters, and let one contain the other. Endings are
    // not folded, so a name left inflected (Olzhasa Kasymova for Olzhas Kasymov) still counts as wrong.
    private static bool SameSubject(string found, string expected)
    {
        var a = Folded(found);
        var b = Folded(expected);
        return a.Length > 0 && b.Length > 0 && (a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    internal static string Folded(string name)
    {
        var words = Transliteration.ToLatin(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new System.Text.StringBuilder();
        foreach (var raw in words)
        {
            var w = new string([.. raw.Where(char.IsAsciiLetterOrDigit)]);
            if (w.StartsWith("ye", StringComparison.Ordinal))
            {
                w = w[1..];
            }

            w = w.Replace("yo", "e", StringComparison.Ordinal).Replace('q', 'k').Replace('y', 'i').Replace('w', 'v')
                .Replace("j", "zh", StringComparison.Ordinal).Replace("x", "ks", StringComparison.Ordinal);
            var word = new System.Text.StringBuilder();
            foreach (var c in w)
            {
                var previous = word.Length > 0 ? word[^1] : '\0';
                if (c == previous || (c == 'i' && previous is 'a' or 'e' or 'o' or 'u'))
                {
                    continue; // doubled letters (Kassymova) and a glide after a vowel (Bauyrzhan, Shorayev)
                }

                word.Append(c);
            }

            result.Append(word);
        }

        return result.ToString();
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
