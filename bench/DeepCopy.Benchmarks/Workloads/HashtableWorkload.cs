using System;
using System.Collections;
using System.Collections.Specialized;

namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Workload 1: what ConvertFrom-Json -AsHashtable or PowerShell literals build. Case-insensitive maps, as @{} and [ordered]@{} are.</summary>
    public static class HashtableWorkload
    {
        /// <summary>@{ records = @( [ordered]@{...} x 2,000 ) }. Public so Measure-DeepCopy can be run on the very same graph.</summary>
        public static Hashtable Build()
        {
            var records = new object[RecordShape.RecordCount];
            for (var i = 0; i < records.Length; i++)
            {
                var record = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in RecordShape.Scalars(i))
                {
                    record.Add(name, value);
                }

                record.Add("tags", RecordShape.Tags(i));
                record.Add("address", Map(RecordShape.Address(i)));
                record.Add("items", new object[] { Map(RecordShape.Item(i, 0)), Map(RecordShape.Item(i, 1)), Map(RecordShape.Item(i, 2)) });
                records[i] = record;
            }

            return new Hashtable(StringComparer.OrdinalIgnoreCase) { ["records"] = records };
        }

        private static Hashtable Map((string Name, object Value)[] entries)
        {
            var map = new Hashtable(entries.Length, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in entries)
            {
                map.Add(name, value);
            }

            return map;
        }
    }
}
