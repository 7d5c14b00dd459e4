using System.Net;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

[OptionsValidator]
internal sealed partial class ProbeOptionsDataValidator : IValidateOptions<ProbeOptions>;

internal sealed class ProbeOptionsValidator : IValidateOptions<ProbeOptions>
{
    private readonly ProbeOptionsDataValidator _data = new();

    public ValidateOptionsResult Validate(string? name, ProbeOptions options)
    {
        var result = _data.Validate(name, options);
        if (result.Failed)
        {
            return result;
        }

        var errors = options.Resolve
            .SelectMany(r => r.Value.Where(a => !string.IsNullOrWhiteSpace(a) && !IPAddress.TryParse(a, out _)).Select(a => $"Probing:Resolve:{r.Key}: '{a}' is not an IP address"))
            .ToList();
        errors.AddRange(options.TrustedCaFiles.Where(f => !File.Exists(f)).Select(f => $"Probing:TrustedCaFiles: {Path.GetFullPath(f)} not found"));
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
