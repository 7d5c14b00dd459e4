using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MediaMonitor.LabServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The lab's "internet": every web server of the censorship lab in one process, run inside the
// internet namespace. Usage: MediaMonitor.LabServer CERT_DIR
// CERT_DIR holds site.pfx (all lab names, test CA), expired.pfx, rogue.pfx (an unknown CA) and
// isca.pfx (a CA named like Kazakhstan's interception authority); all without a password.
var certificates = args.Length == 1 ? args[0] : throw new ArgumentException("usage: MediaMonitor.LabServer CERT_DIR");
X509Certificate2 Load(string name) => X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(certificates, name), null);
var site = Load("site.pfx");
var expired = Load("expired.pfx");
var rogue = Load("rogue.pfx");
var isca = Load("isca.pfx");

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k =>
{
    k.Listen(IPAddress.Any, 80);
    k.Listen(IPAddress.Any, 443, l => l.UseHttps(new HttpsConnectionAdapterOptions
    {
        ServerCertificateSelector = (connection, name) =>
            connection?.LocalEndPoint is IPEndPoint local && local.Address.Equals(LabTopology.Interceptor) ? rogue
            : connection?.LocalEndPoint is IPEndPoint l2 && l2.Address.Equals(LabTopology.KnownInterceptor) ? isca
            : name == LabTopology.Host("expired") ? expired
            : site,
    }));
    k.Listen(LabTopology.BlockpageServer, LabTopology.BlockpageRedirectPort);
    k.Listen(LabTopology.BlockpageServer, LabTopology.Status451Port);
});
var app = builder.Build();
var requests = 0;
app.Run(async context =>
{
    var local = context.Connection.LocalIpAddress!;
    var port = context.Connection.LocalPort;
    var host = context.Request.Host.Host;
    Interlocked.Increment(ref requests);

    if (local.Equals(LabTopology.BlockpageServer))
    {
        // The ISP's own server: none of the sites' headers.
        context.Response.Headers["Server"] = "isp-filter";
        if (port == LabTopology.BlockpageRedirectPort)
        {
            context.Response.Redirect($"http://{LabTopology.BlockpageServer}/blocked?url={Uri.EscapeDataString(host)}");
            return;
        }

        if (port == LabTopology.Status451Port)
        {
            context.Response.StatusCode = 451;
            await Html(context, "451 Unavailable For Legal Reasons", "<p>Access to this resource is restricted by a court order.</p>");
            return;
        }

        await Html(context, "Доступ ограничен", $"<h1>{LabTopology.BlockpageText}</h1><p>Ресурс включён в реестр запрещённой информации.</p>");
        return;
    }

    var name = host.EndsWith("." + LabTopology.Domain, StringComparison.Ordinal) ? host[..^(LabTopology.Domain.Length + 1)] : LabTopology.SiteAt(local) ?? "news";
    switch (name)
    {
        case "captcha" when context.Request.IsHttps && context.Connection.RemoteIpAddress!.Equals(LabTopology.Probe):
            context.Response.StatusCode = 403;
            context.Response.Headers["cf-mitigated"] = "challenge";
            await Html(context, "Attention Required! | Cloudflare", "<form id=\"challenge-form\"><div class=\"cf-chl-widget\"></div></form><p>Please verify you are a human.</p>");
            return;
        case "legit" when !context.Request.IsHttps:
            context.Response.Redirect($"https://{LabTopology.Host("legit")}/", permanent: true);
            return;
        case "throttled" or "baseline":
            // Large enough (about 200 KB) that its read time measures bandwidth, not round trips.
            await Html(context, $"{name} news", NewsBody(name, paragraphs: 1400));
            return;
        case "geofence" when !context.Connection.RemoteIpAddress!.Equals(LabTopology.Probe):
            // The site refuses foreign visitors: the control is outside, the vantage inside.
            context.Response.StatusCode = 403;
            await Html(context, "403 Forbidden", "<p>Access from your region is not permitted.</p>");
            return;
        case "changing":
            // A rotating ad and a timestamp: the page differs a little from one request to the next.
            var n = Interlocked.Increment(ref requests);
            await Html(context, "Changing News Today", $"<div class=\"ad\">Advert {n} {new string('x', n % 97)}</div><p>Updated {n}</p>" + NewsBody(name, paragraphs: 40));
            return;
        default:
            await Html(context, $"{char.ToUpperInvariant(name[0])}{name[1..]} News Portal", NewsBody(name, paragraphs: 40));
            return;
    }
});
await app.RunAsync();

static string NewsBody(string name, int paragraphs)
{
    var body = new StringBuilder($"<h1>Latest from {name}</h1>");
    for (var i = 0; i < paragraphs; i++)
    {
        body.Append("<p>Paragraph ").Append(i).Append(": the court in Almaty heard the case of the editor; журналисты редакции продолжают работу; редакция жұмысын жалғастыруда.</p>\n");
    }

    return body.ToString();
}

static Task Html(HttpContext context, string title, string body)
{
    context.Response.ContentType = "text/html; charset=utf-8";
    if (!context.Response.Headers.ContainsKey("Server"))
    {
        context.Response.Headers["X-Lab-Site"] = "mediamonitor";
    }
    return context.Response.WriteAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>", context.RequestAborted);
}
