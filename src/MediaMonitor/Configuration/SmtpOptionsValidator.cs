using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

[OptionsValidator]
internal sealed partial class SmtpOptionsDataValidator : IValidateOptions<SmtpOptions>;

internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    private readonly SmtpOptionsDataValidator _data = new();

    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var result = _data.Validate(name, options);
        if (result.Failed)
        {
            return result;
        }

        if (options.Enabled && options.To.Count == 0)
        {
            return ValidateOptionsResult.Fail("Smtp:To: at least one recipient is needed when Smtp:Enabled is true");
        }

        var bad = options.To.Where(a => !a.Contains('@', StringComparison.Ordinal) || a.Trim() != a).ToList();
        return bad.Count > 0
            ? ValidateOptionsResult.Fail($"Smtp:To: not an email address: {string.Join(", ", bad)}")
            : ValidateOptionsResult.Success;
    }
}
