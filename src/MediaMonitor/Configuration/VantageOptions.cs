using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>One place measurements are taken from.</summary>
public sealed class VantageOptions
{
    /// <summary>Name used in measurements and on the command line (--vantage).</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,63}$", ErrorMessage = "use lowercase letters, digits, '-' or '_' (at most 64)")]
    public string Name { get; set; } = "";

    /// <summary>How traffic leaves: "direct" (this machine). Proxies and remote agents come with the blocking measurement.</summary>
    [Required, RegularExpression("^(direct)$", ErrorMessage = "only 'direct' is supported so far")]
    public string Kind { get; set; } = "direct";

    /// <summary>ISO 3166 alpha-2 country the vantage sits in, e.g. KZ; "ZZ" when unknown.</summary>
    [Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "use an ISO 3166 alpha-2 code such as KZ")]
    public string Country { get; set; } = "ZZ";

    /// <summary>Network the vantage sits in, as "AS1234" or "AS0" when unknown.</summary>
    [Required, RegularExpression("^AS[0-9]{1,10}$", ErrorMessage = "use the form AS1234")]
    public string Network { get; set; } = "AS0";
}
