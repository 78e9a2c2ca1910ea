using System;
using System.Threading;
using DeepCopy.Core.Strategies.Json;

namespace DeepCopy.Core.Measurement
{
    /// <summary>One row of a measurement: a named way of copying a graph, and how to check that its copy is right.</summary>
    public sealed class MeasurableCopy
    {
        /// <param name="name">The row's name, for example a strategy or a baseline.</param>
        /// <param name="copy">Makes one copy of its argument. Called many times; it must not keep what it returns.</param>
        /// <param name="verifier">Checks one copy before timing starts; null skips the check.</param>
        /// <param name="isBaseline">True for a reference point that is not a DeepCopy strategy.</param>
        public MeasurableCopy(string name, Func<object?, object?> copy, CopyVerifier? verifier = null, bool isBaseline = false)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A measurable copy needs a name.", nameof(name));
            }

            Name = name;
            Copy = copy ?? throw new ArgumentNullException(nameof(copy));
            Verifier = verifier;
            IsBaseline = isBaseline;
        }

        public string Name { get; }

        public Func<object?, object?> Copy { get; }

        public CopyVerifier? Verifier { get; }

        public bool IsBaseline { get; }

        /// <summary>For a strategy row: how many objects the latest copy created. Null for baselines.</summary>
        internal Func<long>? LastObjectsCopied { get; private set; }

        /// <summary>
        /// A row for one strategy. Exact strategies are checked with <paramref name="exactVerifier"/> (or the plain
        /// structural check); lossy ones (Json) only have to produce a copy, or null where the strategy's rules make the
        /// whole copy null. The copy observes <paramref name="cancellationToken"/>, so even one long copy stops promptly.
        /// </summary>
        public static MeasurableCopy ForStrategy(DeepCopyStrategy strategy, CopyVerifier? exactVerifier = null, CancellationToken cancellationToken = default)
        {
            if (!Enum.IsDefined(typeof(DeepCopyStrategy), strategy))
            {
                throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Not a DeepCopyStrategy.");
            }

            return ForOptions(new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellationToken }, exactVerifier);
        }

        /// <summary>A row that copies with <paramref name="options"/> (its strategy names the row), so callers can measure with their own policies.</summary>
        public static MeasurableCopy ForOptions(DeepCopyOptions options, CopyVerifier? exactVerifier = null)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            // The row is named and verified by the options as they are now, so later changes by the caller must not reach it.
            options = options.Snapshot();
            var runner = new StrategyCopy(options);
            var verifier = StrategyFidelity.IsExact(options.Strategy) ? exactVerifier ?? CopyVerifier.Structural : JsonVerifier(options);

            // A copy asked to drop values (NonCopyableAction Null, a Null policy) holds null there, and one asked to share
            // values (NonCopyableAction Reference, a Share policy, a user's copier) holds the source's own there, as
            // Copy-DeepObject's would; the check stays strict for every other value.
            if (verifier is StructuralCopyVerifier structural)
            {
                verifier = structural.AllowingWhatTheOptionsAsk(options);
            }

            return new MeasurableCopy(options.Strategy.ToString(), runner.Copy, verifier) { LastObjectsCopied = runner.ReadLastObjectsCopied };
        }

        /// <summary>
        /// A Json copy only has to exist, except where the strategy's rules make the whole copy null (a DBNull root, a root
        /// the options drop): there null is the right copy, and anywhere else it is still wrong.
        /// </summary>
        private static CopyVerifier JsonVerifier(DeepCopyOptions options) =>
            new NonNullCopyVerifier(root => JsonNullRoot.IsDocumented(root, options));
    }
}
