using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Content.Monitoring;

/// <summary>How outlets' pages and articles are watched for changes and takedowns.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Address site owners can write to about our crawler; it goes into the User-Agent of every
    /// content fetch. Required: a crawler without a contact is rude, and gets banned.
    /// </summary>
    [Required, RegularExpression(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", ErrorMessage = "must be an e-mail address")]
    public string Contact { get; set; } = "monitoring@example.org";

    /// <summary>Product token sent in the User-Agent and matched against robots.txt groups. Default MediaMonitor.</summary>
    [Required, RegularExpression("^[A-Za-z_-]+$", ErrorMessage = "letters, '-' and '_' only (RFC 9309 product token)")]
    public string ProductToken { get; set; } = "MediaMonitor";

    /// <summary>Time between content passes of a site list. Default six hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Recent articles tracked per outlet; older ones stop being re-checked. Default 50.</summary>
    [Range(0, 10_000)]
    public int ArticlesPerOutlet { get; set; } = 50;

    /// <summary>Articles are re-checked daily for this long after they were first seen, then weekly. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan DailyFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Articles first seen longer ago than this are no longer re-checked. Default 90 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan TrackFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Least time between two requests to one host, unless its robots.txt asks for more (Crawl-delay, at most 60 s). Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinRequestInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Article fetches per outlet per pass at most, so one pass stays short. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxFetchesPerOutlet { get; set; } = 100;

    /// <summary>Outlets worked on at once. Default 4.</summary>
    [Range(1, 64)]
    public int MaxConcurrentOutlets { get; set; } = 4;

    /// <summary>Evidence files (.warc.gz) folder, relative to the data folder. Default warc.</summary>
    [Required]
    public string WarcFolder { get; set; } = "warc";

    /// <summary>A WARC file is closed and a new one started past this size, in MiB. Default 256.</summary>
    [Range(1, 100_000)]
    public int WarcFileMiB { get; set; } = 256;

    /// <summary>
    /// Feeds watched for legal signals besides the outlets' own: monitoring organisations, court news.
    /// Their new items are fetched once and read for lawsuits, charges, verdicts...; never re-checked.
    /// </summary>
    [ValidateEnumeratedItems]
    public List<SignalSource> Sources { get; set; } = [];

    /// <summary>The User-Agent of content fetches: project, version, purpose and <see cref="Contact"/>.</summary>
    public string UserAgent =>
        $"{ProductToken}/{typeof(ContentOptions).Assembly.GetName().Version?.ToString(3) ?? "0"} (media-freedom monitoring; contact: {Contact})";
}
