using System;

namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>
    /// The values of one JSON-like record, shared by the hashtable and PSCustomObject workloads so both hold the same
    /// data: 8 scalars (a DateTime among them), a string[3], a nested map of 5 and an array of 3 small maps.
    /// </summary>
    public static class RecordShape
    {
        public const int RecordCount = 2_000;

        private static readonly DateTime Epoch = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The 8 scalar fields of record <paramref name="i"/>, in order.</summary>
        public static (string Name, object Value)[] Scalars(int i) => new (string, object)[]
        {
            ("id", i),
            ("name", "customer-" + i),
            ("email", "user" + i + "@example.com"),
            ("active", i % 3 != 0),
            ("score", i * 1.5),
            ("created", Epoch.AddMinutes(i)),
            ("visits", (long)i * 7),
            ("status", i % 2 == 0 ? "open" : "closed"),
        };

        public static string[] Tags(int i) => new[] { "tag" + (i % 10), "group" + (i % 7), "all" };

        /// <summary>The nested map of 5.</summary>
        public static (string Name, object Value)[] Address(int i) => new (string, object)[]
        {
            ("street", i + " Main St"),
            ("city", "City" + (i % 50)),
            ("zip", 10_000 + i),
            ("country", "NZ"),
            ("verified", i % 2 == 0),
        };

        /// <summary>Entry <paramref name="n"/> of the array of 3 small maps.</summary>
        public static (string Name, object Value)[] Item(int i, int n) => new (string, object)[]
        {
            ("sku", "SKU-" + (i * 3 + n)),
            ("quantity", n + 1),
        };
    }
}
