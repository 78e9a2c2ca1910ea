using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepCopy.Core.Strategies.Json;
using DeepCopy.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    public sealed class JsonLossRulesTests
    {
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
        [InlineData("ScalarsAsStrings", "are written as strings")]
        [InlineData("ReservedMemberNames", "cannot be member names")]
        public void The_code_and_the_docs_name_the_same_list(string id, string listEndsBefore)
        {
            var rule = JsonLossRules.All.Single(candidate => candidate.Id == id);

            Assert.Equal(ListBefore(rule.Description, listEndsBefore), ListBefore(DocumentedSections()[id], listEndsBefore));
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
