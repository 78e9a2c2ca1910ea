using System.Management.Automation;

namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Workload 2: the hashtable workload's data as PSCustomObjects, as Import-Csv or ConvertFrom-Json build them.</summary>
    public static class PSCustomObjectWorkload
    {
        public static PSObject Build()
        {
            var records = new object[RecordShape.RecordCount];
            for (var i = 0; i < records.Length; i++)
            {
                var record = Custom(RecordShape.Scalars(i));
                record.Properties.Add(new PSNoteProperty("tags", RecordShape.Tags(i)));
                record.Properties.Add(new PSNoteProperty("address", Custom(RecordShape.Address(i))));
                record.Properties.Add(new PSNoteProperty("items", new object[] { Custom(RecordShape.Item(i, 0)), Custom(RecordShape.Item(i, 1)), Custom(RecordShape.Item(i, 2)) }));
                records[i] = record;
            }

            var root = new PSObject();
            root.Properties.Add(new PSNoteProperty("records", records));
            return root;
        }

        // new PSObject() with note properties is exactly what [pscustomobject]@{...} creates.
        private static PSObject Custom((string Name, object Value)[] properties)
        {
            var value = new PSObject();
            foreach (var (name, item) in properties)
            {
                value.Properties.Add(new PSNoteProperty(name, item));
            }

            return value;
        }
    }
}
