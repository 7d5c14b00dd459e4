namespace MediaMonitor.Content.Monitoring;

/// <summary>When a tracked article is next re-checked: daily while it is young, then weekly.</summary>
internal static class ArticleSchedule
{
    public static DateTimeOffset Next(DateTimeOffset firstSeen, DateTimeOffset now, TimeSpan dailyFor) =>
        now - firstSeen < dailyFor ? now + TimeSpan.FromDays(1) : now + TimeSpan.FromDays(7);
}
