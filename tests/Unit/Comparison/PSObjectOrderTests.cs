using System.Collections.Specialized;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>A PSCustomObject's property order and an OrderedHashtable's key order are kept by a copy, so they are compared.</summary>
    public sealed class PSObjectOrderTests
    {
        public PSObjectOrderTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        [Fact]
        public void CustomObjectsWithPropertiesInAnotherOrderDiffer()
        {
            var found = Assert.Single(DeepComparer.Compare(Custom("a", "b"), Custom("b", "a")));

            Assert.Equal(DeepDifferenceKind.OrderDifferent, found.Kind);
            Assert.Equal("$", found.Path);
            Assert.Equal("The members are in another order: at position 0 expected 'a' but found 'b'.", found.Message);
            Assert.Empty(DeepComparer.Compare(Custom("a", "b"), Custom("a", "b")));
        }

        [Fact]
        public void OrderedHashtablesWithKeysInAnotherOrderDiffer()
        {
            var reference = new OrderedHashtable { ["a"] = 1, ["b"] = 2 };
            var difference = new OrderedHashtable { ["b"] = 2, ["a"] = 1 };

            Assert.Equal(DeepDifferenceKind.OrderDifferent, Assert.Single(DeepComparer.Compare(reference, difference)).Kind);
        }

        private static PSObject Custom(params string[] names)
        {
            var value = new PSObject();
            foreach (var name in names)
            {
                value.Properties.Add(new PSNoteProperty(name, 1));
            }

            return value;
        }
    }
}
