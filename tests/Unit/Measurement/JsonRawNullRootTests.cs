using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Newtonsoft.Json.Linq;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    /// <summary>
    /// A Newtonsoft JRaw whose text is JSON's null is copied by the Json strategy as null, so its row verifies. Its text
    /// is parsed only where it is written, and the null-root rule saw an ordinary object and failed the row (regression
    /// hunt of 2026-11-28).
    /// </summary>
    public sealed class JsonRawNullRootTests
    {
        static JsonRawNullRootTests()
        {
            PowerShellRegistrations.EnsureRegistered();
        }

        private static readonly DeepCopyOptions Json = new DeepCopyOptions { Strategy = DeepCopyStrategy.Json };

        private static MeasurementResult Measure(object root, MeasurableCopy row) =>
            Assert.Single(new MeasurementRunner(VerificationSettings.Quick()).Run(root, new[] { row }));

        [Theory]
        [InlineData("null")]
        [InlineData("  null \n")]
        public void A_JRaw_of_null_verifies_as_a_null_root(string text)
        {
            foreach (var root in new object[] { new JRaw(text), new PSObject(new JRaw(text)) })
            {
                Assert.Null(DeepCopier.Copy(root, Json, out _));

                var result = Measure(root, MeasurableCopy.ForOptions(Json));

                Assert.Null(result.Error);
                Assert.Equal("NonNull (null root allowed)", result.Verification);
            }
        }

        [Theory]
        [InlineData("1")]
        [InlineData("\"null\"")]
        [InlineData("[null]")]
        [InlineData("null null")]
        public void A_null_copy_of_a_JRaw_of_anything_else_fails_its_row(string text)
        {
            var result = Measure(new JRaw(text), new MeasurableCopy("Wrong", _ => null, MeasurableCopy.ForOptions(Json).Verifier));

            Assert.Equal("The copy is not right: the copy is null.", result.Error);
        }
    }
}
