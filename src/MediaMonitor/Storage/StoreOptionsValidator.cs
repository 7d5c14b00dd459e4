using Microsoft.Extensions.Options;

namespace MediaMonitor.Storage;

[OptionsValidator]
internal sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>;
