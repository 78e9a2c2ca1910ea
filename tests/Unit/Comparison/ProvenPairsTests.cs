using System;
using System.Collections.Generic;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;
using Xunit;

namespace DeepCopy.Tests.Comparison
{
    /// <summary>
    /// Questions share what earlier ones proved (<see cref="ProvenPairs"/>), which must change no answer. Random small
    /// graphs whose objects hold each other in sets and as dictionary keys, with cycles, look-alike keys and a few
    /// changes in the copy, are compared with sharing and without it (as before it existed): the differences, their
    /// paths, order and values must be the same.
    /// </summary>
    public sealed class ProvenPairsTests
    {
        public sealed class Node
        {
            public int Value;
            public Node? A;
            public HashSet<Node>? Set;
            public Dictionary<Node, int>? Map;
            public Node? B;
            public List<int> Tag = new List<int>();
        }

        [Fact]
        public void Sharing_what_questions_proved_changes_nothing_reported()
        {
            // Small walks are not worth recording, but the small graphs where cycles run through keys are the test.
            ProvenPairs.RecordsEveryWalk = true;
            try
            {
                Assert.True(CompareBothWays(seeds: 600, minNodes: 3, maxNodes: 9, innerKeys: true) > 100);
            }
            finally
            {
                ProvenPairs.RecordsEveryWalk = false;
            }
        }

        [Fact]
        public void Sharing_only_what_is_worth_recording_changes_nothing_reported()
        {
            // Keys that lead through fields to most of a larger graph, as rows lead to their table: worth recording.
            Assert.True(CompareBothWays(seeds: 300, minNodes: 10, maxNodes: 20, innerKeys: false) > 100);
        }

        /// <summary>Compares random graphs with sharing and without; returns the pairs recalled.</summary>
        private static long CompareBothWays(int seeds, int minNodes, int maxNodes, bool innerKeys)
        {
            long recalled = 0;
            for (var seed = 0; seed < seeds; seed++)
            {
                var random = new Random(seed);
                var reference = Graph(random, minNodes, maxNodes, innerKeys);
                var difference = DeepCopier.Copy(reference);
                Change(difference, random);

                var before = ProvenPairs.Recalled;
                var shared = DeepComparer.Compare(reference, difference);
                recalled += ProvenPairs.Recalled - before;
                var alone = WithoutSharing(() => DeepComparer.Compare(reference, difference));

                Assert.True(Describe(alone).SequenceEqual(Describe(shared)), "seed " + seed + ":\n" + string.Join("\n", Describe(alone)) + "\n--- shared:\n" + string.Join("\n", Describe(shared)));
                for (var i = 0; i < alone.Count; i++)
                {
                    Assert.Same(alone[i].ReferenceValue is Node ? alone[i].ReferenceValue : null, shared[i].ReferenceValue is Node ? shared[i].ReferenceValue : null);
                    Assert.Same(alone[i].DifferenceValue is Node ? alone[i].DifferenceValue : null, shared[i].DifferenceValue is Node ? shared[i].DifferenceValue : null);
                }
            }

            // Otherwise this proves nothing about sharing.
            return recalled;
        }

        [Fact]
        public void Without_sharing_the_rows_of_a_table_are_compared_once_per_row()
        {
            var table = new System.Data.DataTable("t");
            table.Columns.Add("Id", typeof(int));
            for (var i = 0; i < 50; i++)
            {
                table.Rows.Add(i);
            }

            var reference = new HashSet<System.Data.DataRow>(table.Rows.Cast<System.Data.DataRow>());
            var difference = DeepCopier.Copy(reference);

            var before = CompareWalker.PairsCompared;
            Assert.Empty(WithoutSharing(() => DeepComparer.Compare(reference, difference)));
            var alone = CompareWalker.PairsCompared - before;
            before = CompareWalker.PairsCompared;
            Assert.Empty(DeepComparer.Compare(reference, difference));
            var shared = CompareWalker.PairsCompared - before;

            // The switch the test above relies on really switches: alone, each row's question walks all 50 rows.
            Assert.True(alone > 50 * 50, alone + " pairs compared alone");
            Assert.True(shared < 10 * 50, shared + " pairs compared shared");
        }

        /// <summary>
        /// A set of some of the nodes and a dictionary keyed by others: both are paired by questions. With
        /// <paramref name="innerKeys"/>, nodes hold sets and dictionaries of nodes too, so questions ask questions.
        /// </summary>
        private static List<object> Graph(Random random, int minNodes, int maxNodes, bool innerKeys)
        {
            var nodes = Enumerable.Range(0, random.Next(minNodes, maxNodes)).Select(_ => new Node { Value = random.Next(2) }).ToList();
            foreach (var node in nodes)
            {
                node.A = Pick(nodes, random);
                node.B = random.Next(3) == 0 ? Pick(nodes, random) : null;
                node.Tag.Add(random.Next(2));
                if (innerKeys && random.Next(2) == 0)
                {
                    node.Set = new HashSet<Node>(nodes.Where(_ => random.Next(3) == 0));
                }

                if (innerKeys && random.Next(3) == 0)
                {
                    node.Map = nodes.Where(_ => random.Next(3) == 0).ToDictionary(n => n, _ => random.Next(2));
                }
            }

            return new List<object>
            {
                new HashSet<Node>(nodes.Where(_ => random.Next(2) == 0)),
                nodes.Where(_ => random.Next(2) == 0).ToDictionary(n => n, _ => random.Next(2)),
            };
        }

        private static void Change(List<object> graph, Random random)
        {
            var nodes = Reachable(graph);
            for (var changes = random.Next(3); changes > 0 && nodes.Count > 0; changes--)
            {
                var node = nodes[random.Next(nodes.Count)];
                switch (random.Next(4))
                {
                    case 0:
                        node.Value = 1 - node.Value;
                        break;
                    case 1:
                        node.Tag[0] = 1 - node.Tag[0];
                        break;
                    case 2:
                        node.A = Pick(nodes, random);
                        break;
                    default:
                        (node.Set ??= new HashSet<Node>()).Add(Pick(nodes, random)!);
                        break;
                }
            }
        }

        private static List<Node> Reachable(List<object> graph)
        {
            var found = new HashSet<Node>();
            var pending = new Stack<Node>(((HashSet<Node>)graph[0]).Concat(((Dictionary<Node, int>)graph[1]).Keys));
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!found.Add(node))
                {
                    continue;
                }

                foreach (var next in new[] { node.A, node.B }.Concat(node.Set ?? Enumerable.Empty<Node>()).Concat(node.Map?.Keys ?? Enumerable.Empty<Node>()))
                {
                    if (next != null)
                    {
                        pending.Push(next);
                    }
                }
            }

            return found.ToList();
        }

        private static Node? Pick(List<Node> nodes, Random random) => nodes[random.Next(nodes.Count)];

        private static IEnumerable<string> Describe(IReadOnlyList<DeepDifference> found) => found.Select(d => d.ToString());

        private static IReadOnlyList<DeepDifference> WithoutSharing(Func<IReadOnlyList<DeepDifference>> compare)
        {
            ProvenPairs.Disabled = true;
            try
            {
                return compare();
            }
            finally
            {
                ProvenPairs.Disabled = false;
            }
        }
    }
}
