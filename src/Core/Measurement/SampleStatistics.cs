using System;
using System.Diagnostics;

namespace DeepCopy.Core.Measurement
{
    /// <summary>Median, mean, minimum and maximum of a row's timed iterations, per copy.</summary>
    internal readonly struct SampleStatistics
    {
        private SampleStatistics(double median, double mean, double min, double max)
        {
            MedianNanoseconds = median;
            MeanNanoseconds = mean;
            MinNanoseconds = min;
            MaxNanoseconds = max;
        }

        public double MedianNanoseconds { get; }

        public double MeanNanoseconds { get; }

        public double MinNanoseconds { get; }

        public double MaxNanoseconds { get; }

        /// <summary>Sorts <paramref name="stopwatchTicks"/> in place; each sample timed <paramref name="copiesPerSample"/> copies.</summary>
        public static SampleStatistics FromSamples(long[] stopwatchTicks, int copiesPerSample)
        {
            Array.Sort(stopwatchTicks);
            var count = stopwatchTicks.Length;
            var nanosecondsPerCopy = 1e9 / Stopwatch.Frequency / copiesPerSample;
            double total = 0;
            foreach (var sample in stopwatchTicks)
            {
                total += sample;
            }

            var middle = count / 2;
            var median = count % 2 == 1 ? stopwatchTicks[middle] : (stopwatchTicks[middle - 1] + stopwatchTicks[middle]) / 2.0;
            return new SampleStatistics(
                median * nanosecondsPerCopy,
                total / count * nanosecondsPerCopy,
                stopwatchTicks[0] * nanosecondsPerCopy,
                stopwatchTicks[count - 1] * nanosecondsPerCopy);
        }

        /// <summary>Nanoseconds as a TimeSpan, which keeps whole 100 ns ticks only.</summary>
        public static TimeSpan ToTimeSpan(double nanoseconds) => TimeSpan.FromTicks((long)Math.Round(nanoseconds / 100));
    }
}
