using System;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core;
using DeepCopy.Core.Compilation;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>
    /// Generating code for a class of tens of thousands of fields took seconds and gave slower copies than reflection
    /// (straight-line code past the JIT's optimising limits and the instruction cache). Past the limits of
    /// <see cref="GeneratedCodeLimits"/> the generated strategies take the paths they take where code is refused.
    /// </summary>
    public sealed class WideTypeTests
    {
        public sealed class Leaf
        {
            public int V;
        }

        [Fact]
        public void A_class_wider_than_the_shell_limit_gets_no_generated_shell()
        {
            var wide = WideClass(numbers: GeneratedCodeLimits.MaxShellFields, references: 1);
            var atLimit = WideClass(numbers: GeneratedCodeLimits.MaxShellFields - 1, references: 1);

            Assert.Null(ShellCompiler.TryCompile(TypePlanCache.Get(wide)));
            Assert.NotNull(ShellCompiler.TryCompile(TypePlanCache.Get(atLimit)));
        }

        [Fact]
        public void A_class_with_more_deep_fields_than_the_populate_limit_gets_no_generated_populate()
        {
            var wide = WideClass(numbers: 0, references: GeneratedCodeLimits.MaxPopulateFields + 1);
            var atLimit = WideClass(numbers: 0, references: GeneratedCodeLimits.MaxPopulateFields);

            Assert.Null(PopulateCompiler.TryCompile(TypePlanCache.Get(wide)));
            Assert.NotNull(PopulateCompiler.TryCompile(TypePlanCache.Get(atLimit)));
        }

        [Theory]
        [InlineData(DeepCopyStrategy.Compiled)]
        [InlineData(DeepCopyStrategy.Pooled)]
        public void A_class_past_both_limits_is_copied_whole_and_deep(DeepCopyStrategy strategy)
        {
            var type = WideClass(numbers: 3, references: GeneratedCodeLimits.MaxPopulateFields + 1);
            var fields = type.GetFields();
            var shared = new Leaf { V = 1 };
            var source = Activator.CreateInstance(type)!;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i].SetValue(source, fields[i].FieldType == typeof(int) ? i : i % 2 == 0 ? shared : new Leaf { V = i });
            }

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            var sharedCopy = fields[4].GetValue(copy);
            Assert.Same(shared, fields[4].GetValue(source));
            for (var i = 0; i < fields.Length; i++)
            {
                var original = fields[i].GetValue(source);
                var copied = fields[i].GetValue(copy);
                if (original is Leaf leaf)
                {
                    Assert.NotSame(leaf, copied);
                    Assert.Equal(leaf.V, ((Leaf)copied!).V);
                    Assert.True(!ReferenceEquals(leaf, shared) || ReferenceEquals(copied, sharedCopy), "Field " + i + " lost its sharing.");
                }
                else
                {
                    Assert.Equal(original, copied);
                }
            }
        }

        /// <summary>A class of <paramref name="numbers"/> int fields then <paramref name="references"/> Leaf fields.</summary>
        private static Type WideClass(int numbers, int references)
        {
            var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Wide" + numbers + "_" + references), AssemblyBuilderAccess.Run);
            var builder = assembly.DefineDynamicModule("Wide").DefineType("Wide", TypeAttributes.Public | TypeAttributes.Sealed);
            for (var i = 0; i < numbers + references; i++)
            {
                builder.DefineField("F" + i, i < numbers ? typeof(int) : typeof(Leaf), FieldAttributes.Public);
            }

            return builder.CreateType()!;
        }
    }
}
