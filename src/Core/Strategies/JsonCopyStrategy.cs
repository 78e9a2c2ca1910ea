using DeepCopy.Core.Strategies.Json;

namespace DeepCopy.Core.Strategies
{
    /// <summary>
    /// The lossy strategy: writes the graph as JSON with Utf8JsonWriter into a pooled buffer, then reads it back with
    /// Utf8JsonReader into PowerShell-native shapes. Both walks use explicit stacks. Nesting is limited to
    /// <see cref="DeepCopyOptions.MaxDepth"/>, or <see cref="JsonDepth.Default"/> when that is 0. What it loses is
    /// listed in <see cref="JsonLossRules"/> and docs/json-strategy.md.
    /// </summary>
    internal sealed class JsonCopyStrategy : ICopyStrategy
    {
        public static readonly JsonCopyStrategy Instance = new JsonCopyStrategy();

        public DeepCopyStrategy Kind => DeepCopyStrategy.Json;

        public object? Copy(object? source, DeepCopyOptions options, out CopyStatistics statistics)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var maxDepth = JsonDepth.For(options);
            var session = JsonCopySession.Rent();
            try
            {
                session.Tape.Adapters = DeepCopyRegistry.JsonShapeAdapters;
                session.Writer.Write(source, session.JsonWriter(maxDepth), session.Tape, maxDepth, options);
                return session.Reader.Read(session.Buffer.WrittenSpan, session.Tape, maxDepth, options.CancellationToken, out statistics);
            }
            finally
            {
                JsonCopySession.Return(session);
            }
        }
    }
}
