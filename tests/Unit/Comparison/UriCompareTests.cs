using System;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>Uri.Equals ignores the fragment and the user info, which a copy must keep and which show when a Uri is printed.</summary>
    public sealed class UriCompareTests
    {
        [Theory]
        [InlineData("http://x/a#1", "http://x/a#2")]
        [InlineData("http://alice@x/", "http://bob@x/")]
        [InlineData("http://x/a", "http://X/a")]
        public void UrisThatEqualsCallEqualButPrintDifferentlyDiffer(string reference, string difference)
        {
            var found = Assert.Single(DeepComparer.Compare(new Uri(reference), new Uri(difference)));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            // The message shows each Uri as it was written, so the part that differs is seen.
            Assert.Equal("Expected <" + reference + "> but found <" + difference + ">.", found.Message);
        }

        [Fact]
        public void AUriInAFieldIsComparedTheSameWay()
        {
            var found = Assert.Single(DeepComparer.Compare(new object[] { new Uri("http://x/a#1") }, new object[] { new Uri("http://x/a#2") }));

            Assert.Equal("$[0]", found.Path);
        }

        [Fact]
        public void EqualUrisStayEqual()
        {
            Assert.Empty(DeepComparer.Compare(new Uri("http://bob@x/a?q=1#f"), new Uri("http://bob@x/a?q=1#f")));
            Assert.Empty(DeepComparer.Compare(new Uri("a/b", UriKind.Relative), new Uri("a/b", UriKind.Relative)));
            var shared = new Uri("http://x/a#1");
            Assert.Empty(DeepComparer.Compare(shared, DeepCopier.Copy(shared)));
        }
    }
}
