using System;
using System.Reflection;
using System.Reflection.Emit;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// Calls a class-library method on an object as the class library implements it, never through an override the
    /// object's own class made. The generated code calls with the IL <c>call</c> instruction, which binds to the very
    /// method named, where <c>callvirt</c> (what C# emits for every call of a virtual member) dispatches to the most
    /// derived override: it is how a subclass's own <c>base.GetEnumerator()</c> works. So a user's Hashtable subclass whose
    /// GetEnumerator masks values can be read as Hashtable stores it, without running the subclass's code.
    /// </summary>
    internal static class OwnImplementation
    {
        /// <summary>
        /// A delegate whose first parameter is the object and whose others are <paramref name="method"/>'s, calling that
        /// method without virtual dispatch; null where <paramref name="method"/> is missing or code cannot be generated.
        /// Callers run the delegate once on a probe (the runtime compiles it at its first call, and may refuse it then).
        /// </summary>
        public static TDelegate? Bind<TDelegate>(MethodInfo? method)
            where TDelegate : Delegate
        {
            var invoke = typeof(TDelegate).GetMethod("Invoke")!;
            var parameters = Array.ConvertAll(invoke.GetParameters(), parameter => parameter.ParameterType);
            if (method is null || !Matches(method, invoke.ReturnType, parameters))
            {
                return null;
            }

            try
            {
                var call = new DynamicMethod("Own" + method.Name, invoke.ReturnType, parameters, typeof(OwnImplementation).Module, skipVisibility: true);
                var il = call.GetILGenerator();
                for (short index = 0; index < parameters.Length; index++)
                {
                    il.Emit(OpCodes.Ldarg, index);
                }

                il.Emit(OpCodes.Call, method);
                il.Emit(OpCodes.Ret);
                return (TDelegate)call.CreateDelegate(typeof(TDelegate));
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is PlatformNotSupportedException || ex is InvalidProgramException || ex is MemberAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// True when the delegate's parameters are the method's class (or a class deriving from it, so the call never receives
        /// an object of another class) and then the method's own, in order.
        /// </summary>
        private static bool Matches(MethodInfo method, Type returnType, Type[] parameters)
        {
            var own = method.GetParameters();
            if (method.IsStatic || method.IsAbstract || method.ReturnType != returnType || parameters.Length != own.Length + 1 ||
                method.DeclaringType is null || !method.DeclaringType.IsAssignableFrom(parameters[0]) || parameters[0].IsValueType)
            {
                return false;
            }

            for (var index = 0; index < own.Length; index++)
            {
                if (own[index].ParameterType != parameters[index + 1])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
