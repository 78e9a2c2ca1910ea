using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>
    /// Types from a collectible assembly (emitted with RunAndCollect, as some scripting hosts and plug-in loaders do)
    /// cannot be named by code that outlives them. Generated shells and populates refer to the type they copy, so
    /// every strategy must still copy such objects, through generated code or through its fallback.
    /// </summary>
    public sealed class CollectibleTypeTests
    {
        private static readonly Type CollectibleType = EmitCollectibleType();

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void CopiesObjectsOfACollectibleType(DeepCopyStrategy strategy)
        {
            var source = Activator.CreateInstance(CollectibleType)!;
            var items = new List<int> { 1, 2, 3 };
            CollectibleType.GetField("Items")!.SetValue(source, items);
            CollectibleType.GetField("Count")!.SetValue(source, 42);
            CollectibleType.GetField("Self")!.SetValue(source, source);

            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.IsType(CollectibleType, copy);
            Assert.NotSame(source, copy);
            Assert.Equal(42, CollectibleType.GetField("Count")!.GetValue(copy));
            var copiedItems = (List<int>)CollectibleType.GetField("Items")!.GetValue(copy)!;
            Assert.NotSame(items, copiedItems);
            Assert.Equal(items, copiedItems);
            Assert.Same(copy, CollectibleType.GetField("Self")!.GetValue(copy));
        }

        private static Type EmitCollectibleType()
        {
            var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DeepCopy.Tests.Collectible"), AssemblyBuilderAccess.RunAndCollect);
            var module = assembly.DefineDynamicModule("DeepCopy.Tests.Collectible");
            var type = module.DefineType("CollectibleRecord", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed);
            type.DefineField("Items", typeof(List<int>), FieldAttributes.Public);
            type.DefineField("Count", typeof(int), FieldAttributes.Public);
            type.DefineField("Self", typeof(object), FieldAttributes.Public);
            type.DefineDefaultConstructor(MethodAttributes.Public);
            return type.CreateType()!;
        }
    }
}
