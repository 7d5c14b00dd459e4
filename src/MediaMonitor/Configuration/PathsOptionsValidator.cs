using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

[OptionsValidator]
internal sealed partial class PathsOptionsValidator : IValidateOptions<PathsOptions>;
