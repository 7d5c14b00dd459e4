namespace MediaMonitor.Trends;

/// <summary>
/// One bucket: its start, the values of the grouping dimensions (null where a measurement has none),
/// and the counts, as OONI's aggregation API gives them: <see cref="Ok"/>, <see cref="Anomaly"/> (blocked or
/// unknown), <see cref="Confirmed"/> (blocked with a blockpage or blocking-address fingerprint; part of
/// the anomalies), <see cref="Failure"/> (down everywhere, or not judged). Total = ok + anomaly + failure.
/// </summary>
public sealed record TrendRow(DateTimeOffset Bucket, IReadOnlyList<string?> Keys, long Total, long Ok, long Anomaly, long Confirmed, long Failure)
{
    public bool Equals(TrendRow? other) =>
        other is not null && Bucket == other.Bucket && Keys.SequenceEqual(other.Keys)
        && (Total, Ok, Anomaly, Confirmed, Failure) == (other.Total, other.Ok, other.Anomaly, other.Confirmed, other.Failure);

    public override int GetHashCode() => HashCode.Combine(Bucket, Keys.Count, Total, Ok, Anomaly, Confirmed, Failure);

    public override string ToString() => $"{Bucket:yyyy-MM-ddTHH:mm}Z [{string.Join(", ", Keys.Select(k => k ?? "-"))}] total {Total} ok {Ok} anomaly {Anomaly} confirmed {Confirmed} failure {Failure}";
}
