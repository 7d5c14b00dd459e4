namespace MediaMonitor.Storage;

/// <summary>One step of the store's schema; applied once, in order, inside a transaction.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
