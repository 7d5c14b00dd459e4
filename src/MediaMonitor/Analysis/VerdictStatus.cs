namespace MediaMonitor.Analysis;

public static class VerdictStatus
{
    public const string Ok = "ok";
    public const string Down = "down";
    public const string Blocked = "blocked";
    public const string Unknown = "unknown";
}
