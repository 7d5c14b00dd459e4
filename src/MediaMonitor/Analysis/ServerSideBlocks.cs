using System.Buffers;
using MediaMonitor.Probing;

namespace MediaMonitor.Analysis;

/// <summary>
/// Pages a site serves to visitors it does not want (bot challenges, geo-blocks). They make a
/// site unreachable from a vantage without any censor involved, so they must not be called censorship.
/// </summary>
public static class ServerSideBlocks
{
    private static readonly SearchValues<string> Captcha = SearchValues.Create(CaptchaMarkers(), StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Geo = SearchValues.Create(GeoMarkers(), StringComparison.OrdinalIgnoreCase);

    private static string[] CaptchaMarkers() =>
    [
        "cf-chl", "cf_chl_opt", "challenge-form", "Attention Required! | Cloudflare", "g-recaptcha", "h-captcha", "hcaptcha.com",
        "captcha-delivery.com", "Please verify you are a human", "_Incapsula_Resource", "Checking your browser before accessing",
    ];

    private static string[] GeoMarkers() =>
    [
        "not available in your country", "not available in your region", "is not available in your location",
        "недоступен в вашей стране", "недоступен в вашем регионе", "сіздің еліңізде қолжетімсіз",
    ];

    /// <summary>"captcha", "geo-block" or null.</summary>
    public static string? Detect(HttpResult http)
    {
        if (http.Status is null)
        {
            return null;
        }

        if (http.Headers.TryGetValue("cf-mitigated", out var mitigated) && mitigated.Contains("challenge", StringComparison.OrdinalIgnoreCase))
        {
            return "captcha";
        }

        var body = (http.BodyText ?? "").AsSpan();
        // A CAPTCHA widget on an ordinary page (a comment form) is not a challenge: only refusals count.
        if (http.Status is 403 or 429 or 503 && body.IndexOfAny(Captcha) >= 0)
        {
            return "captcha";
        }

        return http.Status is 403 or 451 && body.IndexOfAny(Geo) >= 0 ? "geo-block" : null;
    }
}
