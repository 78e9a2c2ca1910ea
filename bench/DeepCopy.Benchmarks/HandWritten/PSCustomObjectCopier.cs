using System.Management.Automation;

namespace DeepCopy.Benchmarks.HandWritten
{
    /// <summary>The physical limit for workload 2: knows every object is a PSCustomObject of note properties, object[], string[] or a scalar.</summary>
    internal static class PSCustomObjectCopier
    {
        public static object? Copy(object? value)
        {
            switch (value)
            {
                case PSObject custom:
                    var copy = new PSObject();
                    foreach (var property in custom.Properties)
                    {
                        copy.Properties.Add(new PSNoteProperty(property.Name, Copy(property.Value)));
                    }

                    return copy;
                // Before object[]: array covariance makes every string[] an object[] too.
                case string[] strings:
                    return strings.Clone();
                case object[] items:
                    var itemsCopy = new object?[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        itemsCopy[i] = Copy(items[i]);
                    }

                    return itemsCopy;
                default:
                    return value;
            }
        }
    }
}
