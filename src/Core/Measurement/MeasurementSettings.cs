using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>How long and how often each row is measured. The defaults aim at a stable median in about a second per row.</summary>
    public sealed class MeasurementSettings
    {
        private int? _iterations;
        private int _warmup = 3;

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
        public TimeSpan WarmupTime { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>
        /// After <see cref="WarmupTime"/>, warm-up goes on until the JIT has compiled nothing for this long, because
        /// tiered compilation swaps optimised code in over the first hundred or so calls of a slow copy (a 2,000-row
        /// DataTable copied at 12 ms, then 4 ms). Where the runtime cannot count compiled methods this is skipped.
        /// </summary>
        public TimeSpan JitQuietTime { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>The longest warm-up of one row, however busy the JIT stays; the minimum <see cref="Warmup"/> copies still run.</summary>
        public TimeSpan MaxWarmupTime { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The time the timed iterations of one row aim to take when <see cref="Iterations"/> is not set.</summary>
        public TimeSpan TargetTimePerRow { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The fewest timed iterations the automatic choice makes, however slow the copy.</summary>
        public int MinIterations { get; set; } = 5;

        /// <summary>The most timed iterations the automatic choice makes; faster copies are batched instead.</summary>
        public int MaxIterations { get; set; } = 1000;

        /// <summary>The shortest timed iteration: faster copies are batched until one iteration lasts this long.</summary>
        public TimeSpan MinIterationTime { get; set; } = TimeSpan.FromMilliseconds(0.1);
    }
}
