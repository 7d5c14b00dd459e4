using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>Mail server for alert emails and the weekly report.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>Send alert emails at all. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>SMTP host name. Default localhost.</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>SMTP port. Default 25 (1025 for Mailpit from docker compose).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>Use STARTTLS when the server offers it. Default true.</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>Sender address. Default mediamonitor@localhost.</summary>
    [Required, EmailAddress]
    public string From { get; set; } = "mediamonitor@localhost";

    /// <summary>Recipients of alert emails.</summary>
    public List<string> To { get; set; } = [];
}
