using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MediaMonitor.SiteFarm;

/// <summary>The small fixed pages. Each is a complete HTML5 document so title extraction and
/// parsers in the prober meet the same structure as on real sites.</summary>
internal static class HtmlPages
{
    private static readonly string[] Headlines =
    [
        "Parliament passes new media law after late-night session",
        "Регулятор заблокировал ещё три независимых издания",
        "Журналистер сот отырысына жіберілмеді",
        "Internet outage hits three regions during protests",
        "Редакция газеты получила предупреждение прокуратуры",
    ];

    public static readonly byte[] Home = Encoding.UTF8.GetBytes(BuildHome());

    public static string Document(string title, string body, string lang = "en") => $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title>
        </head>
        <body>
        {body}
        </body>
        </html>

        """;

    public static string Article(int n)
    {
        var title = FarmContent.ArticleTitle(n);
        var headline = Headlines[(int)((uint)n % (uint)Headlines.Length)];
        return Document(title, string.Create(CultureInfo.InvariantCulture, $"""
            <header><a href="/">{FarmContent.HomeTitle}</a></header>
            <main>
            <article>
            <h1>{title}</h1>
            <p class="lead">{headline}.</p>
            <p>Reporters covering the story said that access to several outlets had become intermittent,
            with pages loading slowly or not at all from some networks while remaining reachable from others.</p>
            <p>Monitoring groups compared measurements taken from different vantage points and found that the
            failures clustered around a handful of providers, which pointed to filtering rather than an outage.</p>
            <p>Журналисты отметили, что часть материалов по-прежнему доступна через зеркала, однако их адреса
            регулярно меняются.</p>
            <p>Officials did not respond to a request for comment by the time this article {n} was published.</p>
            </article>
            </main>
            <footer><p>&copy; 2024 {FarmContent.HomeTitle}</p></footer>
            """));
    }

    public static string Status(int code)
    {
        var reason = ReasonPhrases.GetReasonPhrase(code);
        var name = string.IsNullOrEmpty(reason)
            ? code.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{code} {reason}");
        return Document(name, $"<h1>{name}</h1>\n<p>The farm answered with status {name}.</p>");
    }

    public static string Small(string title, string text) =>
        Document(title, $"<h1>{title}</h1>\n<p>{text}</p>");

    public static string Captcha(string rayId) => $$"""
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="utf-8">
        <meta name="robots" content="noindex, nofollow">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{FarmContent.CaptchaTitle}}</title>
        <style>body{font-family:system-ui,sans-serif;margin:0}.cf-wrapper{max-width:60rem;margin:2rem auto}</style>
        </head>
        <body>
        <div id="cf-wrapper" class="cf-wrapper">
        <div class="cf-section cf-error-overview">
        <h1 data-translate="block_headline">Attention Required!</h1>
        <h2 class="cf-subheadline">One more step</h2>
        <p>Please complete the security check to access this site.</p>
        </div>
        <form id="challenge-form" class="challenge-form" action="/captcha?__cf_chl_f_tk={{rayId}}" method="POST" enctype="application/x-www-form-urlencoded">
        <div id="cf-chl-widget" class="cf-turnstile" data-sitekey="0x4AAAAAAAFarmFarmFarm"></div>
        <input type="hidden" name="cf_chl_opt" value="{{rayId}}">
        <noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
        </form>
        <div class="cf-section">
        <h2>Why do I have to complete a CAPTCHA?</h2>
        <p>Completing the CAPTCHA proves you are a human and gives you temporary access to the web property.</p>
        </div>
        <div class="cf-footer">Ray ID: <strong>{{rayId}}</strong> &bull; Performance &amp; security by Cloudflare</div>
        </div>
        <script>window._cf_chl_opt={cvId:'3',cRay:'{{rayId}}',cType:'managed'};</script>
        </body>
        </html>

        """;

    public static string Charset(string charset, bool inMeta)
    {
        var meta = inMeta ? $"<meta charset=\"{charset}\">" : string.Empty;
        return $"""
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            {meta}
            <title>{FarmContent.CharsetTitle}</title>
            </head>
            <body>
            <h1>{FarmContent.CharsetTitle}</h1>
            <p>{FarmContent.CharsetText}</p>
            </body>
            </html>

            """;
    }

    private static string BuildHome()
    {
        var items = new StringBuilder();
        for (var i = 0; i < FarmContent.HomeArticleCount; i++)
        {
            var n = i + 1;
            items.Append(CultureInfo.InvariantCulture, $"""
                <article class="teaser">
                <h2><a href="/article/{n}">{Headlines[i]}</a></h2>
                <p>Short summary of story {n}, with a link to the full text.</p>
                </article>

                """);
        }

        return Document(FarmContent.HomeTitle, $"""
            <header>
            <h1>{FarmContent.HomeTitle}</h1>
            <nav><a href="/">Home</a> | <a href="/article/1">Politics</a> | <a href="/article/2">Media</a> | <a href="/article/3">Regions</a></nav>
            </header>
            <main>
            {items}</main>
            <footer><p>&copy; 2024 {FarmContent.HomeTitle}. Reporting on press freedom.</p></footer>
            """);
    }
}
