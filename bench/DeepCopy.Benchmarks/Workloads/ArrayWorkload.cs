using System.Globalization;

namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Workload 5: big flat arrays, where a copy is one block copy (ints) or a reference copy per element (strings).</summary>
    public static class ArrayWorkload
    {
        public const int IntCount = 1_000_000;
        public const int StringCount = 100_000;

        public static int[] BuildInts()
        {
            var values = new int[IntCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = i * 31;
            }

            return values;
        }

        public static string[] BuildStrings()
        {
            var values = new string[StringCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = "value-" + i.ToString(CultureInfo.InvariantCulture);
            }

            return values;
        }
    }
}
