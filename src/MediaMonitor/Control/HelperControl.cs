using System.Net.Http.Json;
using MediaMonitor.Probing;

namespace MediaMonitor.Control;

/// <summary>A `mediamonitor control-helper` reached over HTTP (the role of OONI's test helper).</summary>
public sealed partial class HelperControl(HttpClient client, Uri helper, TimeSpan timeout, ILogger<HelperControl> logger) : IControl
{
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

            var json = await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
            return ProbeJson.Deserialize(json);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
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
