using System.Globalization;

namespace MediaMonitor.Analysis;

/// <summary>
/// The final verdict of a suspected block measured several times: blocked only when most attempts
/// say so; an intermittent result says how often. Every attempt stays on record either way.
/// </summary>
public static class VerdictCombiner
{
    public static Verdict Combine(IReadOnlyList<Verdict> attempts)
    {
        if (attempts.Count == 1)
        {
            return attempts[0];
        }

        var blocked = attempts.Where(v => v.IsBlocked).ToList();
        var tally = string.Create(CultureInfo.InvariantCulture, $"blocked in {blocked.Count} of {attempts.Count} attempts ({string.Join(", ", attempts.Select(Short))})");
        if (blocked.Count * 2 > attempts.Count)
        {
            var method = blocked.GroupBy(v => v.Method).OrderByDescending(g => g.Count()).First();
            var representative = method.Last();
            var agreement = (double)method.Count() / attempts.Count;
            return representative with
            {
                Confidence = Math.Round(representative.Confidence * agreement, 3),
                Evidence = [.. representative.Evidence, tally],
            };
        }

        var last = attempts.Last(v => !v.IsBlocked);
        return last with
        {
            Confidence = Math.Round(last.Confidence * (attempts.Count - blocked.Count) / attempts.Count, 3),
            Evidence = [.. last.Evidence, blocked.Count > 0 ? tally + ": intermittent, not reported as blocked" : tally],
        };
    }

    private static string Short(Verdict v) => v.Method is null ? v.Status : $"{v.Status}/{v.Method}";
}
