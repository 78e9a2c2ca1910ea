using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;

namespace DeepCopy.Tests.Unloading;

/// <summary>
/// Emits a plugin class into collectible code: <c>class Plugin { int Number; string Label; Plugin Next; object Tag;
/// List&lt;Plugin&gt; Children; string Name { get; } }</c>, with a reference to its own type, a generic collection of
/// it (so the closed List&lt;Plugin&gt; is collectible too) and a property for the Json strategy to read.
/// </summary>
internal sealed class PluginAssembly
{
    private PluginAssembly(Type type, AssemblyLoadContext? context)
    {
        Type = type;
        Context = context;
    }

    public Type Type { get; }

    /// <summary>The collectible context that holds <see cref="Type"/>, for <see cref="PluginSource.CollectibleContext"/>.</summary>
    public AssemblyLoadContext? Context { get; }

    public static PluginAssembly Create(PluginSource source, string name)
    {
        var assemblyName = new AssemblyName(name);
        if (source == PluginSource.RunAndCollect)
        {
            var builder = AssemblyBuilder.DefineDynamicAssembly(assemblyName, AssemblyBuilderAccess.RunAndCollect);
            return new PluginAssembly(DefinePlugin(builder.DefineDynamicModule(name)), null);
        }

        var persisted = new PersistedAssemblyBuilder(assemblyName, typeof(object).Assembly);
        DefinePlugin(persisted.DefineDynamicModule(name));
        using var image = new MemoryStream();
        persisted.Save(image);
        image.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        return new PluginAssembly(context.LoadFromStream(image).GetType("Plugin", throwOnError: true)!, context);
    }

    /// <summary>A plugin object with <paramref name="children"/> children, each pointing back to the next one.</summary>
    public object NewGraph(int children)
    {
        var root = NewPlugin(0);
        var list = (System.Collections.IList)Activator.CreateInstance(Field("Children").FieldType)!;
        object? previous = null;
        for (var i = 1; i <= children; i++)
        {
            var child = NewPlugin(i);
            Field("Next").SetValue(child, previous);
            list.Add(child);
            previous = child;
        }

        Field("Children").SetValue(root, list);
        Field("Tag").SetValue(root, new[] { previous, "tag" });
        return root;
    }

    private object NewPlugin(int number)
    {
        var plugin = Activator.CreateInstance(Type)!;
        Field("Number").SetValue(plugin, number);
        Field("Label").SetValue(plugin, "plugin " + number);
        return plugin;
    }

    private FieldInfo Field(string name) => Type.GetField(name)!;

    private static Type DefinePlugin(ModuleBuilder module)
    {
        var type = module.DefineType("Plugin", TypeAttributes.Public | TypeAttributes.Class);
        type.DefineField("Number", typeof(int), FieldAttributes.Public);
        var label = type.DefineField("Label", typeof(string), FieldAttributes.Public);
        type.DefineField("Next", type, FieldAttributes.Public);
        type.DefineField("Tag", typeof(object), FieldAttributes.Public);
        type.DefineField("Children", typeof(List<>).MakeGenericType(type), FieldAttributes.Public);

        var getter = type.DefineMethod(
            "get_Name", MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig, typeof(string), Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, label);
        il.Emit(OpCodes.Ret);
        type.DefineProperty("Name", PropertyAttributes.None, typeof(string), null).SetGetMethod(getter);

        type.DefineDefaultConstructor(MethodAttributes.Public);
        return type.CreateType();
    }
}
