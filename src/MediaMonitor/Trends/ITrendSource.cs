namespace MediaMonitor.Trends;

/// <summary>Answers trend queries; rows ordered by bucket, then by the dimension values (missing first).</summary>
public interface ITrendSource
{
    /// <summary>"store" or "elasticsearch", for the command line's output.</summary>
    string Name { get; }

    Task<IReadOnlyList<TrendRow>> QueryAsync(TrendQuery query, CancellationToken cancellationToken);
}
