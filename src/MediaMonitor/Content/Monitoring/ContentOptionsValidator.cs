using Microsoft.Extensions.Options;

namespace MediaMonitor.Content.Monitoring;

[OptionsValidator]
internal sealed partial class ContentOptionsValidator : IValidateOptions<ContentOptions>;
