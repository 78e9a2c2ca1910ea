using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>How long and how often each row is measured. The defaults aim at a stable median in about a second per row.</summary>
    public sealed class MeasurementSettings
    {
        private int? _iterations;
        private int _warmup = 3;
        private TimeSpan _warmupTime = TimeSpan.FromMilliseconds(250);
        private TimeSpan _jitQuietTime = TimeSpan.FromMilliseconds(250);
        private TimeSpan _maxWarmupTime = TimeSpan.FromSeconds(2);
        private TimeSpan _targetTimePerRow = TimeSpan.FromSeconds(1);
        private int _minIterations = 5;
        private int _maxIterations = 1000;
        private TimeSpan _minIterationTime = TimeSpan.FromMilliseconds(0.1);

        /// <summary>Timed iterations per row; null picks them from the row's speed (between <see cref="MinIterations"/> and <see cref="MaxIterations"/>).</summary>
        public int? Iterations
        {
            get => _iterations;
            set => _iterations = value is null || value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Iterations must be positive.");
        }

        /// <summary>The fewest warm-up copies. Fast copies keep warming up until <see cref="WarmupTime"/> has passed; 0 turns warm-up off.</summary>
        public int Warmup
        {
            get => _warmup;
            set => _warmup = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Warmup must be 0 or positive.");
        }

        /// <summary>How long fast copies keep warming up, so the JIT has compiled the hot path fully before timing.</summary>
        public TimeSpan WarmupTime { get => _warmupTime; set => _warmupTime = NotNegative(value); }

        /// <summary>
        /// After <see cref="WarmupTime"/>, warm-up goes on until the JIT has compiled nothing for this long, because
        /// tiered compilation swaps optimised code in over the first hundred or so calls of a slow copy (a 2,000-row
        /// DataTable copied at 12 ms, then 4 ms). Where the runtime cannot count compiled methods this is skipped.
        /// </summary>
        public TimeSpan JitQuietTime { get => _jitQuietTime; set => _jitQuietTime = NotNegative(value); }

        /// <summary>The longest warm-up of one row, however busy the JIT stays; the minimum <see cref="Warmup"/> copies still run.</summary>
        public TimeSpan MaxWarmupTime { get => _maxWarmupTime; set => _maxWarmupTime = NotNegative(value); }

        /// <summary>The time the timed iterations of one row aim to take when <see cref="Iterations"/> is not set.</summary>
        public TimeSpan TargetTimePerRow { get => _targetTimePerRow; set => _targetTimePerRow = NotNegative(value); }

        /// <summary>The fewest timed iterations the automatic choice makes, however slow the copy.</summary>
        public int MinIterations { get => _minIterations; set => _minIterations = Positive(value); }

        /// <summary>The most timed iterations the automatic choice makes; faster copies are batched instead.</summary>
        public int MaxIterations { get => _maxIterations; set => _maxIterations = Positive(value); }

        /// <summary>The shortest timed iteration: faster copies are batched until one iteration lasts this long.</summary>
        public TimeSpan MinIterationTime { get => _minIterationTime; set => _minIterationTime = NotNegative(value); }

        private static TimeSpan NotNegative(TimeSpan value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
            value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, name + " must not be negative.");

        private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
            value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be positive.");
    }
}
