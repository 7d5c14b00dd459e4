namespace MediaMonitor.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int BadInput = 2;
}
