using System.Globalization;

namespace MediaMonitor.Analysis;

/// <summary>
/// The final verdict of a suspected block measured again: it stays blocked only when every attempt
/// said so (the measurer stops at the first attempt that did not); otherwise the last attempt's
/// verdict stands and the evidence says the block was intermittent. Every attempt stays on record.
/// </summary>
public static class VerdictCombiner
{
    public static Verdict Combine(IReadOnlyList<Verdict> attempts)
    {
        if (attempts.Count == 1)
        {
            return attempts[0];
        }

        var blocked = attempts.Count(v => v.IsBlocked);
        var tally = string.Create(CultureInfo.InvariantCulture, $"blocked in {blocked} of {attempts.Count} attempts ({string.Join(", ", attempts.Select(Short))})");
        if (blocked == attempts.Count)
        {
            var method = attempts.GroupBy(v => v.Method).OrderByDescending(g => g.Count()).First();
            var representative = method.Last();

            // Attempts that agree on the method make the verdict as strong as one of them; disagreement weakens it.
            var agreement = (double)method.Count() / attempts.Count;
            return representative with
            {
                Confidence = Math.Round(representative.Confidence * agreement, 3),
                Evidence = [.. representative.Evidence, tally],
            };
        }

        var last = attempts[^1];
        return last with
        {
            Confidence = Math.Round(last.Confidence * (attempts.Count - blocked) / attempts.Count, 3),
            Evidence = [.. last.Evidence, tally + ": intermittent, not reported as blocked"],
        };
    }

    private static string Short(Verdict v) => v.Method is null ? v.Status : $"{v.Status}/{v.Method}";
}
