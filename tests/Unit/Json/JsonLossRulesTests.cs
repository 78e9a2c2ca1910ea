using System;
using System.IO;
using System.Linq;
using DeepCopy.Core.Strategies.Json;
using Xunit;

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
            var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "json-strategy.md"));
            var documented = docs.Split('\n')
                .Where(line => line.StartsWith("### `", StringComparison.Ordinal))
                .Select(line => line.Trim().Substring(5).TrimEnd('`'))
                .ToArray();

            Assert.Equal(JsonLossRules.All.Select(rule => rule.Id).OrderBy(id => id), documented.OrderBy(id => id));
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
