using System.Net.Http.Json;
using MediaMonitor.Probing;

namespace MediaMonitor.Control;

/// <summary>A `mediamonitor control-helper` reached over HTTP (the role of OONI's test helper).</summary>
public sealed partial class HelperControl(HttpClient client, Uri helper, TimeSpan timeout, ILogger<HelperControl> logger) : IControl
{
    private const int MaxAnswerBytes = 1024 * 1024;

    public string Name => "helper " + helper.GetLeftPart(UriPartial.Authority);

    public async Task<Measurement?> MeasureAsync(ProbeTarget target, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await client.PostAsJsonAsync(new Uri(helper, "measure"), new ControlRequest(target.Url.AbsoluteUri), ControlJson.Default.ControlRequest, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Log.Refused(logger, helper, target.Url, (int)response.StatusCode);
                return null;
            }

            if (response.Content.Headers.ContentLength > MaxAnswerBytes)
            {
                Log.Unreachable(logger, helper, target.Url, "answer too large");
                return null;
            }

            // Read at most MaxAnswerBytes: a broken or hostile helper must not exhaust memory.
            var stream = await response.Content.ReadAsStreamAsync(limit.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, limit.Token).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > MaxAnswerBytes)
                    {
                        Log.Unreachable(logger, helper, target.Url, "answer too large");
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }

                var measurement = System.Text.Json.JsonSerializer.Deserialize(buffer.ToArray(), ProbeJson.Default.Measurement);
                if (measurement is not { Http: not null, Timings: not null, Url: not null })
                {
                    Log.Unreachable(logger, helper, target.Url, "not a measurement");
                    return null;
                }

                return measurement;
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.Unreachable(logger, helper, target.Url, e.Message);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Control helper {Helper} refused {Url} with HTTP {Status}: no control for it")]
        public static partial void Refused(ILogger logger, Uri helper, Uri url, int status);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Control helper {Helper} did not answer for {Url} ({Reason}): no control for it")]
        public static partial void Unreachable(ILogger logger, Uri helper, Uri url, string reason);
    }
}
