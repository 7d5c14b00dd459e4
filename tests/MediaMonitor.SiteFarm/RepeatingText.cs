using System.Text;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// An endless run of HTML paragraphs that can be sliced at any stream offset without copying:
/// the buffer holds the paragraph block repeated past <see cref="MaxSlice"/>, so a slice starting
/// at <c>offset % BlockLength</c> always lies inside it.
/// </summary>
internal static class RepeatingText
{
    public const int MaxSlice = 64 * 1024;

    public static readonly byte[] Prologue = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Stream</title>\n</head>\n<body>\n");

    private static readonly byte[] Block = Encoding.UTF8.GetBytes(
        "<p>The stream keeps going: paragraph after paragraph of filler text, so a client has to decide for itself when it has read enough.</p>\n" +
        "<p>Поток продолжается: абзац за абзацем, пока клиент сам не решит, что прочитал достаточно.</p>\n");

    private static readonly byte[] Repeated = BuildRepeated();

    public static ReadOnlyMemory<byte> Slice(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxSlice);
        return Repeated.AsMemory((int)(offset % Block.Length), length);
    }

    private static byte[] BuildRepeated()
    {
        var copies = (MaxSlice / Block.Length) + 2;
        var buffer = new byte[copies * Block.Length];
        for (var i = 0; i < copies; i++)
        {
            Block.CopyTo(buffer, i * Block.Length);
        }

        return buffer;
    }
}
