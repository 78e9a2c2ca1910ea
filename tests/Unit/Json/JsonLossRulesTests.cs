using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using DeepCopy.Core.Strategies.Json;
using DeepCopy.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonLossRulesTests
    {
        /// <summary>A typical value of each number type the strategy writes, named as the rules name it.</summary>
        private static readonly (string Name, object Value)[] NumberSamples =
        {
            ("sbyte", (sbyte)5), ("byte", (byte)5), ("short", (short)5), ("ushort", (ushort)5), ("int", 5), ("uint", 5u),
            ("long", 5_000_000_000L), ("ulong", 5ul), ("IntPtr", (IntPtr)5), ("UIntPtr", (UIntPtr)5), ("Int128", (Int128)5),
            ("UInt128", (UInt128)5), ("Half", (Half)1.5), ("float", 1.5f), ("double", 1.5), ("decimal", 1.10m),
            ("BigInteger", new BigInteger(5)),
        };

        [Fact]
        public void Every_rule_has_a_unique_id_and_a_description()
        {
            Assert.Equal(JsonLossRules.All.Count, JsonLossRules.All.Select(rule => rule.Id).Distinct().Count());
            Assert.All(JsonLossRules.All, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Description)));
        }

        [Fact]
        public void The_docs_explain_every_rule_and_no_other()
        {
            Assert.Equal(JsonLossRules.All.Select(rule => rule.Id).OrderBy(id => id), DocumentedSections().Keys.OrderBy(id => id));
        }

        [Theory]
        [InlineData("Numbers", "types are lost")]
        [InlineData("ScalarsAsStrings", "are written as strings")]
        [InlineData("ReservedMemberNames", "cannot be member names")]
        public void The_code_and_the_docs_name_the_same_list(string id, string listEndsBefore)
        {
            var rule = JsonLossRules.All.Single(candidate => candidate.Id == id);

            Assert.Equal(ListBefore(rule.Description, listEndsBefore), ListBefore(DocumentedSections()[id], listEndsBefore));
        }

        [Fact]
        public void The_Numbers_rule_names_exactly_the_number_types_that_come_back_as_another_type()
        {
            var lost = NumberSamples
                .Where(sample => Copy(new object[] { sample.Value }) is object[] copy && copy[0]!.GetType() != sample.Value.GetType())
                .Select(sample => sample.Name);

            Assert.Equal(lost.OrderBy(name => name, StringComparer.Ordinal), ListBefore(JsonLossRules.Numbers.Description, "types are lost"));
        }

        [Fact]
        public void The_ReservedMemberNames_rule_names_exactly_what_the_PowerShell_adapter_reserves()
        {
            var names = ListBefore(JsonLossRules.ReservedMemberNames.Description, "cannot be member names");
            var adapter = new PSObjectJsonShapeAdapter();

            Assert.All(names, name => Assert.NotNull(adapter.GetReservedMemberNameReason(name)));
            Assert.All(names, name => Assert.NotNull(adapter.GetReservedMemberNameReason(name.ToUpperInvariant())));
            Assert.Contains(string.Join(", ", names.Take(names.Length - 1)) + " and " + names[^1], adapter.GetReservedMemberNameReason(names[0]));
        }

        [Theory]
        [InlineData(1e16, typeof(long))]
        [InlineData(99999999999999980.0, typeof(long))]
        [InlineData(1e17, typeof(double))]
        [InlineData(123456789012345678.0, typeof(double))]
        public void A_whole_double_comes_back_as_an_integer_only_when_written_without_an_exponent(double value, Type expected)
        {
            Assert.IsType(expected, ((object[])Copy(new object[] { value })!)[0]);
        }

        /// <summary>The names listed just before <paramref name="marker"/>, from the start of that sentence or clause, sorted.</summary>
        private static string[] ListBefore(string text, string marker)
        {
            var end = text.IndexOf(" " + marker, StringComparison.Ordinal);
            Assert.True(end > 0, "'" + marker + "' is not in: " + text);
            var start = text.LastIndexOfAny(new[] { '.', ';', ':', '\n' }, end - 1) + 1;
            return text.Substring(start, end - start)
                .Replace(" and ", ", ", StringComparison.Ordinal)
                .Split(',')
                .Select(name => name.Replace("`", string.Empty, StringComparison.Ordinal).Trim())
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>Each "### `Id`" section of docs/json-strategy.md, by id, its lines joined with spaces.</summary>
        private static Dictionary<string, string> DocumentedSections()
        {
            var sections = new Dictionary<string, string>();
            string? id = null;
            var text = new List<string>();
            foreach (var line in File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "json-strategy.md")))
            {
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    if (id != null)
                    {
                        sections[id] = string.Join(" ", text);
                    }

                    id = line.StartsWith("### `", StringComparison.Ordinal) ? line.Trim().Substring(5).TrimEnd('`') : null;
                    text.Clear();
                    continue;
                }

                text.Add(line.Trim());
            }

            if (id != null)
            {
                sections[id] = string.Join(" ", text);
            }

            return sections;
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DeepCopy.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("DeepCopy.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
