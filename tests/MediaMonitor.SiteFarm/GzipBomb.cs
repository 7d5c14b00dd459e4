using System.IO.Compression;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// A gzip body that inflates to <see cref="FarmContent.GzipBombExpandedLength"/> zeros. Built by
/// streaming one reused 1 MiB buffer through the compressor, so building never holds more than
/// the ~1 MB result; built once per process and only when first asked for, since it costs about
/// 0.4 s of CPU that most test runs never need.
/// </summary>
internal static class GzipBomb
{
    private static readonly Lazy<Task<byte[]>> Payload = new(
        () => Task.Run(Build),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<byte[]> GetAsync(CancellationToken cancellationToken) =>
        Payload.Value.WaitAsync(cancellationToken);

    private static byte[] Build()
    {
        var zeros = new byte[1 << 20];
        using var output = new MemoryStream(capacity: 1_100_000);
        // Optimal, not Fastest: the fast level stops at ~100:1 on zeros, a 10 MB body instead of 1 MB.
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (long written = 0; written < FarmContent.GzipBombExpandedLength; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
