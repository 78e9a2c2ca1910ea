namespace DeepCopy.Core.Measurement
{
    /// <summary>Runs one strategy and keeps the object count of its latest copy, without allocating per call.</summary>
    internal sealed class StrategyCopy
    {
        private readonly DeepCopyOptions _options;
        private long _lastObjectsCopied;

        public StrategyCopy(DeepCopyOptions options) => _options = options;

        public object? Copy(object? source)
        {
            var copy = DeepCopier.Copy(source, _options, out var statistics);
            _lastObjectsCopied = statistics.ObjectsCopied;
            return copy;
        }

        public long ReadLastObjectsCopied() => _lastObjectsCopied;
    }
}
