using System;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>Framework values whose Equals ignores part of what they hold: a copy that lost that part is caught.</summary>
    public sealed class ExactValueTests
    {
        [Fact]
        public void DatesOfDifferentKindDiffer()
        {
            var found = Assert.Single(DeepComparer.Compare(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local)));

            Assert.Equal(DeepDifferenceKind.ValueDifferent, found.Kind);
            // The round-trip format shows the kind: Z for Utc, the machine's offset for Local.
            Assert.StartsWith("Expected 2020-01-01T00:00:00.0000000Z but found 2020-01-01T00:00:00.0000000", found.Message);
            Assert.NotEqual(".", found.Message.Substring(found.Message.Length - 2, 1));
        }

        [Fact]
        public void TheSameInstantAtDifferentOffsetsDiffers()
        {
            var found = Assert.Single(DeepComparer.Compare(
                new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.FromHours(1))));

            Assert.Equal("Expected 2020-01-01T00:00:00.0000000+00:00 but found 2020-01-01T01:00:00.0000000+01:00.", found.Message);
        }

        [Fact]
        public void DecimalsOfDifferentScaleDiffer()
        {
            var found = Assert.Single(DeepComparer.Compare(1.0m, 1.00m));

            Assert.Equal("Expected 1.0 but found 1.00.", found.Message);
        }

        [Fact]
        public void EqualDatesOffsetsAndDecimalsStayEqual()
        {
            Assert.Empty(DeepComparer.Compare(new DateTime(5, DateTimeKind.Utc), new DateTime(5, DateTimeKind.Utc)));
            Assert.Empty(DeepComparer.Compare(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(2))));
            Assert.Empty(DeepComparer.Compare(new[] { 1.50m }, new[] { 1.50m }));
        }
    }
}
