using System;
using System.Collections.Generic;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// A type-name list emptied with Clear() is a list of its own (ETS type data and formatting no longer apply), not the
    /// names its type gives: it differs from an untouched object, and its copies, which keep it empty, compare equal.
    /// </summary>
    public sealed class ClearedTypeNamesTests
    {
        public ClearedTypeNamesTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        public static TheoryData<DeepCopyStrategy> Exact => Strategies.ExactStrategies;

        [Fact]
        public void AWrapperWithClearedTypeNamesDiffersFromAnUntouchedOne()
        {
            var cleared = new PSObject(new Point { X = 1 });
            cleared.TypeNames.Clear();
            var untouched = new PSObject(new Point { X = 1 });

            // The untouched wrapper adds nothing, so the cleared one is compared with the object itself.
            Assert.Equal(DeepDifferenceKind.TypeDifferent, Assert.Single(DeepComparer.Compare(cleared, untouched)).Kind);
            Assert.Equal(DeepDifferenceKind.TypeDifferent, Assert.Single(DeepComparer.Compare(untouched, cleared)).Kind);
            Assert.Equal(DeepDifferenceKind.TypeDifferent, Assert.Single(DeepComparer.Compare(cleared, new Point { X = 1 })).Kind);
        }

        [Fact]
        public void ACollectionWithClearedAttachedTypeNamesDiffersFromAPlainOne()
        {
            var cleared = new List<int> { 1 };
            PSObject.AsPSObject(cleared).TypeNames.Clear();

            var found = Assert.Single(DeepComparer.Compare(cleared, new List<int> { 1 }));
            Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
            Assert.Equal("Expected the type names [] but found the type names its type gives.", found.Message);
            Assert.Single(DeepComparer.Compare(new List<int> { 1 }, cleared));
        }

        [Fact]
        public void ACustomObjectWithClearedTypeNamesIsDescribedAsHavingNone()
        {
            var cleared = Custom();
            cleared.TypeNames.Clear();

            var found = Assert.Single(DeepComparer.Compare(cleared, Custom()));

            Assert.Equal(DeepDifferenceKind.TypeDifferent, found.Kind);
            Assert.Equal("Expected the type names [] but found the type names [System.Management.Automation.PSCustomObject, System.Object].", found.Message);
        }

        [Theory]
        [MemberData(nameof(Exact))]
        public void CopiesOfClearedTypeNamesKeepThemEmptyAndCompareEqual(DeepCopyStrategy strategy)
        {
            var options = new DeepCopyOptions { Strategy = strategy };
            var wrapper = new PSObject(new Point { X = 1 });
            wrapper.TypeNames.Clear();
            var list = new List<int> { 1 };
            PSObject.AsPSObject(list).TypeNames.Clear();
            var custom = Custom();
            custom.TypeNames.Clear();
            var graph = new object[] { wrapper, list, custom };

            var copy = (object[])DeepCopier.Copy((object)graph, options)!;

            Assert.Empty(DeepComparer.Compare(graph, copy));
            Assert.Empty(((PSObject)copy[0]).TypeNames);
            Assert.Empty(PSObject.AsPSObject(copy[1]).TypeNames);
            Assert.Empty(((PSObject)copy[2]).TypeNames);
        }

        [Fact]
        public void UntouchedObjectsStillCompareEqual()
        {
            var readOnce = new PSObject(new Point { X = 1 });
            Assert.NotEmpty(readOnce.TypeNames);

            Assert.Empty(DeepComparer.Compare(readOnce, new PSObject(new Point { X = 1 })));
            Assert.Empty(DeepComparer.Compare(readOnce, new Point { X = 1 }));
            Assert.Empty(DeepComparer.Compare(Custom(), Custom()));
        }

        private static PSObject Custom()
        {
            var custom = new PSObject();
            custom.Properties.Add(new PSNoteProperty("a", 1));
            return custom;
        }

        public sealed class Point
        {
            public int X;
        }
    }
}
